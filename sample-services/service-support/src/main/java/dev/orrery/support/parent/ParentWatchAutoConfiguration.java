package dev.orrery.support.parent;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/// Starts a [ParentWatch] when `orrery.parent-pid` is set. When the parent is gone, the application context is closed
/// gracefully (deregistering from the registry, finishing requests) and the JVM exits with status 0.
@AutoConfiguration
@ConditionalOnProperty("orrery.parent-pid")
public class ParentWatchAutoConfiguration {

    /// Never lazy: with `spring.main.lazy-initialization` nothing would ever ask for it.
    @Bean(initMethod = "start", destroyMethod = "close")
    @Lazy(false)
    ParentWatch parentWatch(
            @Value("${orrery.parent-pid}") long parentPid,
            @Value("${orrery.parent-poll-interval:1s}") Duration pollInterval,
            ConfigurableApplicationContext context) {
        return new ParentWatch(parentPid, pollInterval, () -> exitGracefully(context));
    }

    private static void exitGracefully(ConfigurableApplicationContext context) {
        // Closing the context from the watch's own thread would wait for itself: exit from a fresh thread.
        Thread.ofPlatform()
                .name("orrery-parent-gone")
                .start(() -> System.exit(SpringApplication.exit(context, () -> 0)));
    }
}
