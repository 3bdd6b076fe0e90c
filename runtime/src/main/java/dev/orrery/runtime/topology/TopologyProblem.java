package dev.orrery.runtime.topology;

/// One thing wrong with a topology file: where, what, and what to write instead.
///
/// @param hint what to write instead; empty when there is nothing better to say than the message
public record TopologyProblem(SourceLocation location, String message, String hint) {

    /// `file:line:column: message — hint`.
    @Override
    public String toString() {
        return location + ": " + message + (hint.isEmpty() ? "" : " — " + hint);
    }
}
