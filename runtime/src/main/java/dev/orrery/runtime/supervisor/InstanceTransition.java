package dev.orrery.runtime.supervisor;

import java.util.List;
import java.util.OptionalInt;

/// One change of a supervised process's state.
///
/// @param reason a short human explanation
/// @param exitCode set when the process ended
/// @param lastLines the last log lines, when the process crashed or failed to start
public record InstanceTransition(
        InstanceId id,
        InstanceState from,
        InstanceState to,
        String reason,
        OptionalInt exitCode,
        List<String> lastLines) {

    public InstanceTransition {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException(id + " cannot move from " + from + " to " + to);
        }
        lastLines = List.copyOf(lastLines);
    }
}
