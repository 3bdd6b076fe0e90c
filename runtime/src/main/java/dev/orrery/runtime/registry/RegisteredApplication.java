package dev.orrery.runtime.registry;

import java.util.Comparator;
import java.util.List;

/// One application in the registry.
///
/// @param name the application name as the registry spells it (upper case, e.g. `HEROES-SERVICE`)
public record RegisteredApplication(String name, List<RegisteredInstance> instances) {

    public RegisteredApplication {
        instances = instances.stream()
                .sorted(Comparator.comparing(RegisteredInstance::instanceId))
                .toList();
    }
}
