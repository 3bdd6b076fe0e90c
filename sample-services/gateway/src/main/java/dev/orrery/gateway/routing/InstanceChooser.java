package dev.orrery.gateway.routing;

import java.util.Optional;
import java.util.Set;
import org.springframework.cloud.client.ServiceInstance;

/// Picks the instance of a service that serves the next attempt of a request.
@FunctionalInterface
public interface InstanceChooser {

    /// An instance of `serviceId`, or empty when none is registered.
    Optional<ServiceInstance> choose(String serviceId);

    /// An instance of `serviceId` whose id is not in `avoid` when the chooser offers one within a few tries, else
    /// the last one offered: a round-robin chooser offers every instance once in as many tries as there are
    /// instances to avoid plus one (other requests choosing at the same time can make it take longer).
    default Optional<ServiceInstance> chooseAvoiding(String serviceId, Set<String> avoid) {
        var chosen = choose(serviceId);
        for (int tries = 0; tries < avoid.size() && isAvoided(chosen, avoid); tries++) {
            chosen = choose(serviceId);
        }
        return chosen;
    }

    private static boolean isAvoided(Optional<ServiceInstance> chosen, Set<String> avoid) {
        return chosen.map(ChosenInstance::of)
                .map(instance -> avoid.contains(instance.instanceId()))
                .orElse(false);
    }
}
