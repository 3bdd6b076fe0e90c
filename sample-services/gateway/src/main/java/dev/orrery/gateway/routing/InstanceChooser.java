package dev.orrery.gateway.routing;

import java.util.Optional;
import org.springframework.cloud.client.ServiceInstance;

/// Picks the instance of a service that serves the next attempt of a request.
@FunctionalInterface
public interface InstanceChooser {

    /// An instance of `serviceId`, or empty when none is registered.
    Optional<ServiceInstance> choose(String serviceId);
}
