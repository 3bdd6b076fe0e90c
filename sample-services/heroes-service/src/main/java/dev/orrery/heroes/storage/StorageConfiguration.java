package dev.orrery.heroes.storage;

import dev.orrery.heroes.hero.HeroRepository;
import dev.orrery.heroes.hero.MemoryHeroRepository;
import dev.orrery.heroes.hero.MongoHeroRepository;
import dev.orrery.heroes.power.MemoryPowerRepository;
import dev.orrery.heroes.power.MongoPowerRepository;
import dev.orrery.heroes.power.PowerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

/// The repositories for `orrery.storage`: `memory` (default) or `mongo` (`spring.mongodb.uri`).
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StorageConfiguration.class);

    /// Each instance keeps its own seeded heroes.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "orrery.storage", havingValue = "memory", matchIfMissing = true)
    static class Memory {

        @Bean
        HeroRepository heroRepository() {
            return new MemoryHeroRepository();
        }

        @Bean
        PowerRepository powerRepository() {
            return new MemoryPowerRepository();
        }
    }

    /// Every instance shares the cluster's MongoDB; seeding happens at start-up (not lazily), or, if the database is
    /// down then, on the first request that reaches it.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "orrery.storage", havingValue = "mongo")
    static class Mongo {

        @Bean
        @Lazy(false)
        HeroRepository heroRepository(MongoOperations mongo) {
            var heroes = new MongoHeroRepository(mongo);
            seedQuietly("heroes", heroes::seed);
            return heroes;
        }

        @Bean
        @Lazy(false)
        PowerRepository powerRepository(MongoOperations mongo) {
            var powers = new MongoPowerRepository(mongo);
            seedQuietly("powers", powers::seed);
            return powers;
        }

        private static void seedQuietly(String what, Runnable seed) {
            try {
                seed.run();
            } catch (DataAccessResourceFailureException e) {
                LOG.warn(
                        "Cannot seed {} now, the database is unreachable ({}); will retry on the first request",
                        what,
                        e.getMostSpecificCause().getMessage());
            }
        }
    }
}
