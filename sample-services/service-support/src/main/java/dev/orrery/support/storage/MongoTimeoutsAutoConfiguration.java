package dev.orrery.support.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/// Short MongoDB driver timeouts, so that a request while the database is down fails within seconds (and becomes a
/// 503 problem) instead of hanging for the driver's default 30 s server selection.
///
/// Tuned by `orrery.mongo.server-selection-timeout` (default 2 s), `orrery.mongo.connect-timeout` (2 s) and
/// `orrery.mongo.read-timeout` (5 s); these win over the same options in `spring.mongodb.uri`.
@AutoConfiguration
@ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
public class MongoTimeoutsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer orreryMongoTimeouts(
            @Value("${orrery.mongo.server-selection-timeout:2s}") Duration serverSelection,
            @Value("${orrery.mongo.connect-timeout:2s}") Duration connect,
            @Value("${orrery.mongo.read-timeout:5s}") Duration read) {
        return settings -> settings.applyToClusterSettings(
                        cluster -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS));
    }
}
