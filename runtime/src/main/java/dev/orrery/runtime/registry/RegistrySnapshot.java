package dev.orrery.runtime.registry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/// What the registry knew at one moment: its applications and their instances.
///
/// @param reachable `false` when the registry could not be asked (not started yet, or down)
public record RegistrySnapshot(Instant time, boolean reachable, List<RegisteredApplication> applications) {

    public RegistrySnapshot {
        applications = applications.stream()
                .sorted(Comparator.comparing(RegisteredApplication::name))
                .toList();
    }

    public static RegistrySnapshot unreachable(Instant time) {
        return new RegistrySnapshot(time, false, List.of());
    }

    public static RegistrySnapshot empty(Instant time) {
        return new RegistrySnapshot(time, true, List.of());
    }

    /// Every instance of every application.
    public List<RegisteredInstance> instances() {
        return applications.stream().flatMap(a -> a.instances().stream()).toList();
    }

    /// The application with this name, in any case (`heroes-service` finds `HEROES-SERVICE`).
    public Optional<RegisteredApplication> application(String name) {
        return applications.stream()
                .filter(a -> a.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
