package dev.orrery.gateway.routing;

import java.net.URI;
import org.springframework.cloud.client.ServiceInstance;

/// The instance an attempt went to: its registry instance id and base URL.
record ChosenInstance(String instanceId, URI url) {

    static ChosenInstance of(ServiceInstance instance) {
        var id = instance.getInstanceId();
        var url = instance.getUri();
        return new ChosenInstance(id == null ? url.getAuthority() : id, url);
    }
}
