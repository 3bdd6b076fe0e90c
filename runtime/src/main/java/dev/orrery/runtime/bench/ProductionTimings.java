package dev.orrery.runtime.bench;

import java.util.Map;

/// The timing settings a cluster has with Eureka's and Spring Cloud LoadBalancer's production defaults, to compare
/// with Orrery's tuned ones. Settings that concern peer registries only (`wait-time-in-ms-when-sync-empty`) stay as
/// a standalone registry needs them.
final class ProductionTimings {

    static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("eureka.client.registry-fetch-interval-seconds", "30"),
            Map.entry("eureka.client.initial-instance-info-replication-interval-seconds", "40"),
            Map.entry("eureka.client.instance-info-replication-interval-seconds", "30"),
            Map.entry("eureka.instance.lease-renewal-interval-in-seconds", "30"),
            Map.entry("eureka.instance.lease-expiration-duration-in-seconds", "90"),
            Map.entry("eureka.server.enable-self-preservation", "true"),
            Map.entry("eureka.server.eviction-interval-timer-in-ms", "60000"),
            Map.entry("eureka.server.use-read-only-response-cache", "true"),
            Map.entry("eureka.server.response-cache-update-interval-ms", "30000"),
            Map.entry("eureka.server.renewal-percent-threshold", "0.85"),
            Map.entry("spring.cloud.loadbalancer.cache.enabled", "true"),
            Map.entry("spring.cloud.loadbalancer.cache.ttl", "35s"));

    private ProductionTimings() {}
}
