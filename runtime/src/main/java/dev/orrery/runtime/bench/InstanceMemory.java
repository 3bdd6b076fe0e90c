package dev.orrery.runtime.bench;

import dev.orrery.runtime.cluster.ComponentKind;

/// The memory of one instance of the cluster.
record InstanceMemory(String instance, ComponentKind kind, ProcessMemory memory) {}
