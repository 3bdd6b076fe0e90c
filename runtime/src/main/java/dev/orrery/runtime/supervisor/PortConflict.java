package dev.orrery.runtime.supervisor;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/// A port the cluster needs that something else already uses.
///
/// @param owner what wants the port, e.g. `gateway` or `heroes-service-1`
/// @param pid the process holding it, when the operating system tells
/// @param processName that process's command name, when known
/// @param suggestion a port that was free when checked
/// @param hint what to do, e.g. `try --gateway-port 8090`
public record PortConflict(
        int port, String owner, OptionalLong pid, Optional<String> processName, OptionalInt suggestion, String hint) {

    /// E.g. `port 8080 (gateway) is in use by pid 1234 java — try --gateway-port 8090`.
    public String message() {
        return taken() + (hint.isEmpty() ? "" : " — " + hint);
    }

    /// The conflict without the command-line hint, e.g. `port 8080 (gateway) is in use by pid 1234 java`.
    public String taken() {
        var holder = pid.isPresent()
                ? " by pid " + pid.getAsLong() + processName.map(n -> " " + n).orElse("")
                : "";
        return "port " + port + " (" + owner + ") is in use" + holder;
    }
}
