package dev.orrery.console.shell;

import dev.orrery.runtime.cluster.ClusterStartException;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.supervisor.PortConflict;
import java.util.stream.Collectors;

/// A start refused for taken ports, and the same start moved to ports that were free, said for the console's user.
///
/// @param refused the runtime's refusal, naming each taken port and what holds it
/// @param options the start options with the taken ports replaced by free ones
record FreePorts(ClusterStartException refused, StartOptions options) {

    /// E.g. `Nothing was started: port 8080 (gateway) is in use by pid 1234 python3. Start on free ports to run the
    /// gateway on 8090 instead, or stop what holds the port and start again.`
    String explained() {
        var conflicts = refused.portConflicts();
        var taken = conflicts.stream().map(PortConflict::taken).collect(Collectors.joining("; "));
        var instead = conflicts.stream()
                .map(c -> "the " + c.owner() + " on " + c.suggestion().orElseThrow())
                .collect(Collectors.joining(", "));
        var what = conflicts.size() == 1 ? "the port" : "the ports";
        return "Nothing was started: " + taken + ". Start on free ports to run " + instead + " instead, or stop what"
                + " holds " + what + " and start again.";
    }
}
