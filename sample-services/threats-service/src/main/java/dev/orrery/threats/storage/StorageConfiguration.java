package dev.orrery.threats.storage;

import dev.orrery.threats.threat.MemoryThreatRepository;
import dev.orrery.threats.threat.MongoThreatRepository;
import dev.orrery.threats.threat.ThreatRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

/// The repository for `orrery.storage`: `memory` (default) or `mongo` (`spring.mongodb.uri`).
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StorageConfiguration.class);

    /// Each instance keeps its own seeded threats.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "orrery.storage", havingValue = "memory", matchIfMissing = true)
    static class Memory {

        @Bean
        ThreatRepository threatRepository() {
            return new MemoryThreatRepository();
        }
    }

    /// Every instance shares the cluster's MongoDB; seeding happens at start-up (not lazily), or, if the database is
    /// down then, on the first request that reaches it.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "orrery.storage", havingValue = "mongo")
    static class Mongo {

        @Bean
        @Lazy(false)
        ThreatRepository threatRepository(MongoOperations mongo) {
            var threats = new MongoThreatRepository(mongo);
            try {
                threats.seed();
            } catch (DataAccessResourceFailureException e) {
                LOG.warn(
                        "Cannot seed threats now, the database is unreachable ({}); will retry on the first request",
                        e.getMostSpecificCause().getMessage());
            }
            return threats;
        }
    }
}
