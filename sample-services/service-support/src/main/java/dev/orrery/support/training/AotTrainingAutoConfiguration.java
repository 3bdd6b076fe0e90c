package dev.orrery.support.training;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/// Turns a normal start into a training run when `orrery.aot.training.paths` is set (only the build sets it): once
/// the service is ready it requests those paths from itself, waits `orrery.aot.training.linger` for its periodic
/// work (registry heartbeats and fetches), and exits with status 0.
@AutoConfiguration
@ConditionalOnProperty("orrery.aot.training.paths")
public class AotTrainingAutoConfiguration {

    /// Never lazy: with `spring.main.lazy-initialization` nothing would ever ask for it.
    @Bean
    @Lazy(false)
    AotTrainingRun aotTrainingRun(
            @Value("${orrery.aot.training.paths}") List<String> paths,
            @Value("${orrery.aot.training.linger:3s}") Duration linger,
            ConfigurableApplicationContext context,
            ObjectProvider<TrainingExit> exit) {
        return new AotTrainingRun(paths, linger, context, exit.getIfAvailable(() -> System::exit));
    }
}
