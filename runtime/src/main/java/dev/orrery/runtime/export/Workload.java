package dev.orrery.runtime.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/// One component of an exported cluster as a container image run `replicas` times, independent of the orchestrator:
/// both the Kubernetes and the Compose export are built from these.
///
/// @param name the DNS name other containers reach it by, also the Deployment, Service and Compose service name
/// @param role what the component is, for labels and exposure
/// @param environment the container's environment in a stable order (Spring properties as variables)
/// @param keys the token secret files the container reads
/// @param dependsOn names of workloads (or the database) that must be healthy before this one starts
/// @param discoveryClient whether it registers in the registry, so each replica needs its own address and id
public record Workload(
        String name,
        WorkloadRole role,
        String image,
        int replicas,
        int port,
        SequencedMap<String, String> environment,
        HealthCheck health,
        List<KeyFile> keys,
        List<String> dependsOn,
        MemoryBudget memory,
        boolean discoveryClient) {

    public Workload {
        environment = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(environment));
        keys = List.copyOf(keys);
        dependsOn = List.copyOf(dependsOn);
    }

    /// Whether it reads a file only its owner may read, so that it must run as the user owning the mounted file.
    public boolean readsOwnerOnlyFiles() {
        return keys.stream().anyMatch(KeyFile::ownerOnly);
    }
}
