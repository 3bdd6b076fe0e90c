package dev.orrery.console.tokens;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.supervisor.InstanceState;
import java.util.Optional;

/// Where auth-service is reached: through the gateway when the cluster has one, else straight at an instance.
final class AuthEndpoint {

    static final String AUTH_SERVICE = "auth-service";

    private AuthEndpoint() {}

    static Optional<String> baseUrl(ClusterSnapshot snapshot) {
        var authUp = snapshot.component(AUTH_SERVICE).stream()
                .flatMap(c -> c.instances().stream())
                .filter(i -> i.state() == InstanceState.UP)
                .findFirst();
        if (authUp.isEmpty()) {
            return Optional.empty();
        }
        return snapshot.addresses().gateway().or(() -> Optional.of(authUp.get().url()));
    }
}
