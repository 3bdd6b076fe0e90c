package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.token.DemoAccount;
import java.util.List;

/// What `orrery up` prints once the cluster is ready: addresses, instances, routes, demo users and next steps.
final class UpReport {
    private UpReport() {}

    static String render(ClusterStatus status, List<DemoAccount> accounts) {
        var text = new StringBuilder("\n").append(StatusTable.render(status));
        if (!accounts.isEmpty()) {
            text.append('\n').append(StatusTable.users(accounts));
        }
        text.append("\nReady. Try: orrery call GET /heroes   ·   Ctrl+C or 'orrery down' stops the cluster.\n");
        return text.toString();
    }
}
