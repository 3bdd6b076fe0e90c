package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.token.DemoAccount;
import java.time.Duration;
import java.util.List;

/// What `orrery up` prints once the cluster is ready: addresses, instances, routes, demo users and next steps.
final class UpReport {
    private UpReport() {}

    /// @param ready whether every route answered within `waited`
    /// @param dataArgument ` --data DIR` when the cluster runs in a folder other than the default, else empty
    static String render(
            ClusterStatus status, List<DemoAccount> accounts, boolean ready, Duration waited, String dataArgument) {
        var text = new StringBuilder("\n").append(StatusTable.render(status));
        if (!accounts.isEmpty()) {
            text.append('\n').append(StatusTable.users(accounts));
        }
        if (ready) {
            text.append("\nReady.").append(tryThis(status, accounts, dataArgument));
            text.append(" Ctrl+C here, or orrery down")
                    .append(dataArgument)
                    .append(" in another terminal, stops it.\n");
        } else {
            text.append("\nNot every route answers through the gateway after ")
                    .append(waited.toSeconds())
                    .append(" s (see ANSWERS above, and orrery status")
                    .append(dataArgument)
                    .append(").")
                    .append(" Ctrl+C here, or orrery down")
                    .append(dataArgument)
                    .append(" in another terminal, stops it.\n");
        }
        return text.toString();
    }

    /// A first request to type in another terminal; with tokens on, one that carries a token, since a bare call
    /// would only be refused.
    private static String tryThis(ClusterStatus status, List<DemoAccount> accounts, String dataArgument) {
        if (status.gateway().isEmpty()) {
            return "";
        }
        var token = accounts.isEmpty() ? "" : " --token \"$(orrery token" + dataArgument + ")\"";
        return " Try: orrery call" + dataArgument + token + " GET /heroes   ·  ";
    }
}
