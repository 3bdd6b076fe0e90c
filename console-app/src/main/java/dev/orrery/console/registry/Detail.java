package dev.orrery.console.registry;

/// One line of the registry's raw view of an instance, e.g. `status` → `UP`.
public record Detail(String name, String value) {}
