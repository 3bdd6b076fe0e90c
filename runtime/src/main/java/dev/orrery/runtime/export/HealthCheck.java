package dev.orrery.runtime.export;

/// How an orchestrator tells that a container is healthy.
public sealed interface HealthCheck {

    /// A sample service: Spring Boot's actuator health endpoint and its liveness and readiness groups.
    record Actuator() implements HealthCheck {
        public static final String HEALTH = "/actuator/health";
        public static final String LIVENESS = "/actuator/health/liveness";
        public static final String READINESS = "/actuator/health/readiness";
    }

    /// A program whose topology names a health path: `GET path` answers 2xx.
    record HttpPath(String path) implements HealthCheck {}

    /// A program that is healthy while its port accepts connections.
    record PortOpen() implements HealthCheck {}
}
