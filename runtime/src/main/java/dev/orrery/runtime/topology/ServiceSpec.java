package dev.orrery.runtime.topology;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/// One service of a topology: what to run, how many instances, and how to configure and restart them.
///
/// @param id the service id, also its Eureka application name (lower case)
/// @param launch a built-in sample service or a command
/// @param instances how many instances to start
/// @param storage where heroes-service and threats-service keep their data
/// @param port a fixed port; only allowed with one instance; empty means a free port chosen at start
/// @param jvmOptions extra JVM options for built-in services
/// @param environment extra environment variables
/// @param properties extra Spring properties for built-in services, passed as `--name=value`
/// @param dependsOn ids of services that must be up before this one starts
public record ServiceSpec(
        String id,
        ServiceLaunch launch,
        int instances,
        Storage storage,
        OptionalInt port,
        List<String> jvmOptions,
        Map<String, String> environment,
        Map<String, String> properties,
        RestartPolicy restart,
        List<String> dependsOn) {

    public ServiceSpec {
        jvmOptions = List.copyOf(jvmOptions);
        environment = Map.copyOf(environment);
        properties = Map.copyOf(properties);
        dependsOn = List.copyOf(dependsOn);
    }

    /// The most instances of a built-in service: each is a JVM of about 200 MB.
    public static final int MAX_BUILTIN_INSTANCES = 20;

    /// The most instances of a command service, which is usually a small process.
    public static final int MAX_COMMAND_INSTANCES = 100;

    /// How many instances this service may have, in the topology and when scaled at run time.
    public int maxInstances() {
        return launch instanceof ServiceLaunch.Command ? MAX_COMMAND_INSTANCES : MAX_BUILTIN_INSTANCES;
    }

    /// A copy with another instance count (scaling at run time).
    public ServiceSpec withInstances(int count) {
        return new ServiceSpec(
                id, launch, count, storage, port, jvmOptions, environment, properties, restart, dependsOn);
    }
}
