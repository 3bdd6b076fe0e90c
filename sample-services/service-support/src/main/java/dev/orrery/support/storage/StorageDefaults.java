package dev.orrery.support.storage;

import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/// Keeps a service with `orrery.storage=memory` (the default) away from MongoDB: Spring Boot's MongoDB
/// auto-configuration is excluded, so no driver threads try to reach a database that is not part of the cluster.
///
/// It only acts when `spring.autoconfigure.exclude` is not set elsewhere, so a service's own exclusions win.
public final class StorageDefaults implements EnvironmentPostProcessor, Ordered {

    /// Property choosing the storage: `memory` or `mongo`.
    public static final String STORAGE = "orrery.storage";

    private static final List<String> MONGO_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean mongo = "mongo"
                .equalsIgnoreCase(environment.getProperty(STORAGE, "memory").strip());
        if (mongo || environment.containsProperty("spring.autoconfigure.exclude")) {
            return;
        }

        var exclusions =
                Map.<String, Object>of("spring.autoconfigure.exclude", String.join(",", MONGO_AUTO_CONFIGURATIONS));
        environment.getPropertySources().addLast(new MapPropertySource("orreryMemoryStorage", exclusions));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
