package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.InstanceStatus;
import dev.orrery.runtime.control.RouteStatus;
import dev.orrery.runtime.token.DemoAccount;
import java.util.List;
import java.util.Objects;

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
        var text = new StringBuilder(
                "%-18s %-20s %-10s %6s %8s%n".formatted("COMPONENT", "INSTANCE", "STATE", "PORT", "PID"));
        for (InstanceStatus instance : instances) {
            text.append("%-18s %-20s %-10s %6d %8s%n"
                    .formatted(
                            instance.component(),
                            instance.id(),
                            instance.state(),
                            instance.port(),
                            Objects.toString(instance.pid(), "-")));
        }
        return text.toString();
    }

    static String routes(List<RouteStatus> routes) {
        var text = new StringBuilder("%-14s %-16s %-18s %s%n".formatted("ROUTE", "PATH", "SERVICE", "ANSWERS"));
        for (RouteStatus route : routes) {
            text.append("%-14s %-16s %-18s %s%n"
                    .formatted(route.id(), route.path(), route.serviceId(), route.answering() ? "yes" : "not yet"));
        }
        return text.toString();
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
