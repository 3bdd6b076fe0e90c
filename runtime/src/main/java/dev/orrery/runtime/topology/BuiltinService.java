package dev.orrery.runtime.topology;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// The sample services a topology can name as `kind: builtin`.
public enum BuiltinService {
    HEROES("heroes-service"),
    THREATS("threats-service"),
    AUTH("auth-service");

    private final String serviceName;

    BuiltinService(String serviceName) {
        this.serviceName = serviceName;
    }

    /// The service's name, also the name of its jar (`heroes-service.jar`).
    public String serviceName() {
        return serviceName;
    }

    /// Whether the service keeps data, so that `storage` matters.
    public boolean hasStorage() {
        return this != AUTH;
    }

    public static Optional<BuiltinService> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.serviceName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(BuiltinService::serviceName).toList();
    }
}
