package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.token.DemoAccount;
import java.time.Duration;
import java.util.List;

/// What `orrery up` prints once the cluster is ready: addresses, instances, routes, demo users and next steps.
final class UpReport {
    private UpReport() {}

    /// @param ready whether every route answered within `waited`
    static String render(ClusterStatus status, List<DemoAccount> accounts, boolean ready, Duration waited) {
        var text = new StringBuilder("\n").append(StatusTable.render(status));
        if (!accounts.isEmpty()) {
            text.append('\n').append(StatusTable.users(accounts));
        }
        if (ready) {
            String tryThis = status.gateway().isEmpty() ? "" : " Try: orrery call GET /heroes   ·  ";
            text.append("\nReady.").append(tryThis).append(" Ctrl+C or 'orrery down' stops the cluster.\n");
        } else {
            text.append("\nNot every route answers through the gateway after ")
                    .append(waited.toSeconds())
                    .append(" s (see ANSWERS above, and 'orrery status')."
                            + " Ctrl+C or 'orrery down' stops the cluster.\n");
        }
        return text.toString();
    }
}
