package dev.orrery.runtime.cluster;

import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceObserver;
import dev.orrery.runtime.supervisor.PidFiles;
import dev.orrery.runtime.supervisor.ProcessLauncher;
import dev.orrery.runtime.supervisor.RotatingLogFile;
import dev.orrery.runtime.supervisor.SupervisedProcess;
import dev.orrery.runtime.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/// The components and instances of one started topology, and the supervised process of each instance.
final class ClusterRun {

    private final Topology topology;
    private final Map<String, ComponentPlan> components = new LinkedHashMap<>();
    private final Map<String, Integer> desired = new LinkedHashMap<>();
    private final Map<InstanceId, InstancePlan> plans = new ConcurrentSkipListMap<>();
    private final Map<InstanceId, SupervisedProcess> processes = new ConcurrentSkipListMap<>();
    private final Optional<DatabaseEngine> database;
    private final ProcessLauncher launcher;
    private final InstanceObserver observer;
    private final PidFiles pidFiles;
    private final Path logs;
    private final Duration stopTimeout;
    private final LaunchPlanner planner;

    ClusterRun(
            Topology topology,
            LaunchPlanner planner,
            Optional<DatabaseEngine> database,
            ProcessLauncher launcher,
            InstanceObserver observer,
            PidFiles pidFiles,
            Path logs,
            Duration stopTimeout) {
        this.topology = topology;
        this.planner = planner;
        this.database = database;
        this.launcher = launcher;
        this.observer = observer;
        this.pidFiles = pidFiles;
        this.logs = logs;
        this.stopTimeout = stopTimeout;
    }

    Topology topology() {
        return topology;
    }

    LaunchPlanner planner() {
        return planner;
    }

    Optional<DatabaseEngine> database() {
        return database;
    }

    synchronized void addComponent(ComponentPlan component, int desiredInstances) {
        components.put(component.id(), component);
        desired.put(component.id(), desiredInstances);
    }

    synchronized void setDesired(String componentId, int count) {
        desired.put(componentId, count);
    }

    synchronized List<ComponentPlan> components() {
        return List.copyOf(components.values());
    }

    synchronized int desired(String componentId) {
        return desired.getOrDefault(componentId, 0);
    }

    SupervisedProcess add(InstancePlan plan) {
        var logFile = new RotatingLogFile(
                logs.resolve(plan.id() + ".log"),
                RotatingLogFile.DEFAULT_MAX_BYTES,
                RotatingLogFile.DEFAULT_KEPT_PARTS);
        var process = new SupervisedProcess(plan.spec(), launcher, observer, pidFiles, logFile, stopTimeout);
        plans.put(plan.id(), plan);
        processes.put(plan.id(), process);
        return process;
    }

    void remove(InstanceId id) {
        var process = processes.remove(id);
        plans.remove(id);
        if (process != null) {
            process.close();
        }
    }

    Optional<SupervisedProcess> process(InstanceId id) {
        return Optional.ofNullable(processes.get(id));
    }

    Optional<InstancePlan> plan(InstanceId id) {
        return Optional.ofNullable(plans.get(id));
    }

    /// The instances of a component, by number.
    List<InstancePlan> instances(String componentId) {
        return plans.values().stream()
                .filter(p -> p.id().componentId().equals(componentId))
                .toList();
    }

    Collection<SupervisedProcess> processes() {
        return List.copyOf(processes.values());
    }

    /// Every port this run uses, so that new instances get other ones.
    List<Integer> ports() {
        return plans.values().stream().map(InstancePlan::port).toList();
    }

    ClusterSnapshotBuilder snapshotBuilder(RegistrySnapshot registry, MemorySampler memory, List<Route> gatewayRoutes) {
        var result = new ArrayList<ComponentSnapshot>();
        for (var component : components()) {
            var instances = instances(component.id()).stream()
                    .map(plan -> InstanceSnapshots.of(plan, processes.get(plan.id()), memory))
                    .flatMap(Optional::stream)
                    .toList();
            result.add(new ComponentSnapshot(
                    component.id(), component.kind(), desired(component.id()), component.dependsOn(), instances));
        }
        return new ClusterSnapshotBuilder(topology, result, registry, database, gatewayRoutes);
    }
}
