package dev.orrery.runtime.registry;

/// One difference between two registry snapshots.
public sealed interface RegistryChange {

    RegisteredInstance instance();

    /// An instance appeared.
    record Registered(RegisteredInstance instance) implements RegistryChange {}

    /// An instance's status changed, e.g. from `STARTING` to `UP`.
    record StatusChanged(RegisteredInstance instance, String previousStatus) implements RegistryChange {}

    /// An instance disappeared: deregistered, or its lease expired.
    record Removed(RegisteredInstance instance) implements RegistryChange {}
}
