package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.InstanceStatus;
import dev.orrery.runtime.control.RouteStatus;
import dev.orrery.runtime.token.DemoAccount;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/// Renders a cluster's status as aligned text for a terminal.
final class StatusTable {
    private StatusTable() {}

    static String render(ClusterStatus status) {
        var text = new StringBuilder();
        text.append("Cluster '%s': %s%s (pid %d, data %s)%n"
                .formatted(
                        status.topology(),
                        status.state(),
                        status.ready() ? ", ready" : ", not ready yet",
                        status.pid(),
                        status.dataFolder()));
        if (!status.gateway().isEmpty()) {
            text.append("  gateway   ").append(status.gateway()).append('\n');
        }
        if (!status.registry().isEmpty()) {
            text.append("  registry  ").append(status.registry()).append('\n');
        }
        if (!status.databaseEngine().isEmpty()) {
            text.append("  database  %s (%s)%n".formatted(status.databaseEngine(), status.databaseReason()));
        }
        text.append('\n').append(instances(status.instances()));
        if (!status.routes().isEmpty()) {
            text.append('\n').append(routes(status.routes()));
        }
        return text.toString();
    }

    static String instances(List<InstanceStatus> instances) {
        int component = width("COMPONENT", instances.stream().map(InstanceStatus::component));
        int id = width("INSTANCE", instances.stream().map(InstanceStatus::id));
        int state = width("STATE", instances.stream().map(StatusTable::state));
        String row = "%-" + component + "s  %-" + id + "s  %-" + state + "s  %6s  %8s%n";
        var text = new StringBuilder(row.formatted("COMPONENT", "INSTANCE", "STATE", "PORT", "PID"));
        for (InstanceStatus instance : instances) {
            text.append(row.formatted(
                    instance.component(),
                    instance.id(),
                    state(instance),
                    instance.port(),
                    Objects.toString(instance.pid(), "-")));
        }
        return text.toString();
    }

    /// The state, with the exit code of a crashed instance's last process.
    private static String state(InstanceStatus instance) {
        return instance.state().equals("CRASHED") && instance.exitCode() != null
                ? "CRASHED (exit " + instance.exitCode() + ")"
                : instance.state();
    }

    static String routes(List<RouteStatus> routes) {
        int path = width("ROUTE", routes.stream().map(RouteStatus::path));
        int service = width("SERVICE", routes.stream().map(RouteStatus::serviceId));
        String row = "%-" + path + "s  %-" + service + "s  %s%n";
        var text = new StringBuilder(row.formatted("ROUTE", "SERVICE", "ANSWERS"));
        for (RouteStatus route : routes) {
            text.append(row.formatted(route.path(), route.serviceId(), route.answering() ? "yes" : "not yet"));
        }
        return text.toString();
    }

    private static int width(String header, Stream<String> values) {
        return Math.max(header.length(), values.mapToInt(String::length).max().orElse(0));
    }

    static String users(List<DemoAccount> accounts) {
        var text = new StringBuilder("%-10s %-24s %s%n".formatted("USER", "PASSWORD", "PRIVILEGES"));
        for (DemoAccount account : accounts) {
            String privileges = String.join(
                    " ", account.privileges().stream().map(p -> p.claim()).toList());
            text.append("%-10s %-24s %s%s%n"
                    .formatted(
                            account.id(),
                            account.password(),
                            privileges,
                            account.totpSecret().isPresent() ? " (+ TOTP)" : ""));
        }
        return text.toString();
    }
}
