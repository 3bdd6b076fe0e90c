package dev.orrery.console.registry;

import dev.orrery.console.graph.EdgeSpec;
import dev.orrery.console.graph.GraphPicture;
import dev.orrery.console.graph.NodeSpec;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.Units;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.registry.RegisteredInstance;
import dev.orrery.runtime.registry.RegistrySnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Builds the registry graph from what the registry lists and what the supervisor runs, and the caption that
/// tells where the two disagree.
final class RegistryPictureBuilder {

    private final RegistryLayout layout = new RegistryLayout();

    RegistryPicture build(RegistrySnapshot registry, ClusterSnapshot cluster, Instant now) {
        var byRegistryId = new LinkedHashMap<String, InstanceSnapshot>();
        cluster.instances().forEach(i -> byRegistryId.put(i.registryInstanceId(), i));
        var entries = entries(registry, cluster, byRegistryId, now);
        var apps = new LinkedHashMap<String, List<String>>();
        entries.forEach(
                e -> apps.computeIfAbsent(e.app(), a -> new ArrayList<>()).add(e.key()));
        layout.update(apps);

        var nodes = new ArrayList<NodeSpec>();
        var edges = new ArrayList<EdgeSpec>();
        nodes.add(registryNode(registry, cluster, entries.size()));
        apps.forEach((app, keys) -> addApplication(app, keys, entries, nodes, edges));
        return new RegistryPicture(new GraphPicture(nodes, edges), caption(registry, entries), details(entries));
    }

    private List<RegistryEntry> entries(
            RegistrySnapshot registry,
            ClusterSnapshot cluster,
            Map<String, InstanceSnapshot> byRegistryId,
            Instant now) {
        var entries = new ArrayList<RegistryEntry>();
        for (var listed : registry.instances()) {
            var process = Optional.ofNullable(byRegistryId.remove(listed.instanceId()));
            entries.add(RegistryEntry.listed(listed, process, now));
        }
        byRegistryId.values().stream()
                .filter(i -> i.kind() == ComponentKind.SERVICE
                        || i.kind() == ComponentKind.GATEWAY
                        || i.kind() == ComponentKind.COMMAND)
                .filter(i -> i.state().isRunning())
                .forEach(i -> entries.add(RegistryEntry.unlisted(i, now)));
        return entries;
    }

    private NodeSpec registryNode(RegistrySnapshot registry, ClusterSnapshot cluster, int count) {
        var address = cluster.addresses().registry().map(Units::hostPort).orElse("");
        var detail = registry.reachable() ? address + " · " + count + " instances" : "not reachable";
        var tone = registry.reachable() ? Tone.GOOD : Tone.IDLE;
        var p = layout.registry();
        return new NodeSpec("registry", "registry-node", "registry (Eureka)", detail, tone, p.getX(), p.getY());
    }

    private void addApplication(
            String app, List<String> keys, List<RegistryEntry> entries, List<NodeSpec> nodes, List<EdgeSpec> edges) {
        var members = entries.stream().filter(e -> e.app().equals(app)).toList();
        var allUp = members.stream().allMatch(e -> e.tone() == Tone.GOOD);
        var p = layout.application(app);
        var appKey = "app:" + app;
        var count = members.size() + (members.size() == 1 ? " instance" : " instances");
        nodes.add(new NodeSpec(
                appKey,
                "application-node",
                app.toLowerCase(Locale.ROOT),
                count,
                allUp ? Tone.GOOD : Tone.WARN,
                p.getX(),
                p.getY()));
        edges.add(new EdgeSpec("registry>" + appKey, "registry", appKey, "", 1.5, false, Tone.IDLE));
        for (var entry : members) {
            var q = layout.instance(app, entry.key());
            nodes.add(new NodeSpec(
                    entry.key(), "instance-node", entry.title(), entry.detail(), entry.tone(), q.getX(), q.getY()));
            edges.add(new EdgeSpec(appKey + ">" + entry.key(), appKey, entry.key(), "", 1, false, Tone.IDLE));
        }
    }

    private static String caption(RegistrySnapshot registry, List<RegistryEntry> entries) {
        if (!registry.reachable()) {
            return "The registry does not answer yet: instances show up here once it runs and they register.";
        }
        var listed = entries.stream().filter(RegistryEntry::listed).count();
        var stale = entries.stream().filter(RegistryEntry::stale).count();
        var unlisted = entries.size() - listed;
        var text = new StringBuilder("The registry lists " + listed + (listed == 1 ? " instance" : " instances") + ".");
        if (stale > 0) {
            text.append(" ")
                    .append(stale)
                    .append(stale == 1 ? " of them has" : " of them have")
                    .append(" no process any more: the registry keeps listing it until its lease expires"
                            + " (a few seconds here, 90 s with Eureka's defaults).");
        }
        if (unlisted > 0) {
            text.append(" ")
                    .append(unlisted)
                    .append(unlisted == 1 ? " instance runs" : " instances run")
                    .append(" but has not registered yet.");
        }
        if (stale == 0 && unlisted == 0) {
            text.append(" It agrees with the supervisor: every running instance is listed, and only those.");
        }
        return text.toString();
    }

    private static Map<String, List<Detail>> details(List<RegistryEntry> entries) {
        var details = new LinkedHashMap<String, List<Detail>>();
        entries.forEach(e -> details.put(e.key(), e.details()));
        return details;
    }

    static String ago(Optional<Instant> time, Instant now) {
        return time.map(t -> Units.duration(Duration.between(t, now)) + " ago").orElse("—");
    }

    static String leaseLeft(RegisteredInstance listed, Instant now) {
        return listed.lastRenewal()
                .map(r -> r.plusSeconds(listed.leaseDurationSeconds()))
                .map(end -> Duration.between(now, end))
                .map(left -> left.isNegative() ? "expired" : "expires in " + Units.duration(left))
                .orElse("—");
    }
}
