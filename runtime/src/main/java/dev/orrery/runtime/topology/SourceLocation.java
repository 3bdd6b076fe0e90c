package dev.orrery.runtime.topology;

/// A place in a topology file; line and column count from 1.
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
