package dev.orrery.gateway.routing;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/// The service ids the gateway routes by: every id the registry has listed since the gateway started, plus the
/// services of the short routes.
///
/// Ids are remembered after their last instance leaves, so that `/heroes-service/heroes` answers 503 ("no instance
/// registered") rather than 404 while a lesson restarts the service. The gateway's own id is never routed: a
/// request to it would loop through the gateway.
final class ServiceCatalog {

    private final Supplier<? extends Collection<String>> registeredServices;
    private final String ownServiceId;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    ServiceCatalog(
            Supplier<? extends Collection<String>> registeredServices,
            Collection<String> configuredServices,
            String ownServiceId) {
        this.registeredServices = registeredServices;
        this.ownServiceId = ownServiceId.toLowerCase(Locale.ROOT);
        configuredServices.forEach(this::remember);
    }

    /// Whether `serviceId` names a routable service; asks the registry's local copy only for ids not seen before.
    boolean isRoutable(String serviceId) {
        if (serviceId.isEmpty() || serviceId.equals(ownServiceId)) {
            return false;
        }
        if (known.contains(serviceId)) {
            return true;
        }

        registeredServices.get().forEach(this::remember);
        return known.contains(serviceId);
    }

    /// Every routable service id: those the registry lists now and those seen before.
    Set<String> routableServices() {
        registeredServices.get().forEach(this::remember);
        return Set.copyOf(known);
    }

    private void remember(String serviceId) {
        var id = serviceId.toLowerCase(Locale.ROOT);
        if (!id.equals(ownServiceId)) {
            known.add(id);
        }
    }
}
