package dev.orrery.runtime.cluster;

import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.ProcessSpec;

/// How one instance runs, decided before it starts; its port stays the same across restarts.
///
/// @param registryApplication the Eureka application name it appears under (empty for the registry and database)
/// @param registryInstanceId the Eureka instance id
/// @param runtimeRegisters whether the runtime registers it in Eureka (a command that does not register itself)
record InstancePlan(
        InstanceId id,
        ComponentKind kind,
        ProcessSpec spec,
        String registryApplication,
        String registryInstanceId,
        boolean runtimeRegisters) {

    int port() {
        return spec.port();
    }

    String url() {
        return "http://127.0.0.1:" + spec.port();
    }
}
