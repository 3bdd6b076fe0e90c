package dev.orrery.runtime.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private final RestartPolicy policy =
            new RestartPolicy(RestartMode.ON_FAILURE, 3, Duration.ofMillis(500), Duration.ofSeconds(3));

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(policy.backoff(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoff(40)).isEqualTo(Duration.ofSeconds(3));
    }

    @Property
    void backoffNeverExceedsTheMaximum(@ForAll @IntRange(min = 0, max = 1000) int restarts) {
        assertThat(policy.backoff(restarts)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
    }

    @Test
    void onFailureRestartsOnlyFailuresAndOnlySoOften() {
        assertThat(policy.shouldRestart(137, 0)).isTrue();
        assertThat(policy.shouldRestart(0, 0)).isFalse();
        assertThat(policy.shouldRestart(1, 3)).isFalse();
    }

    @Test
    void alwaysAndNeverMeanWhatTheySay() {
        var always = new RestartPolicy(RestartMode.ALWAYS, 5, Duration.ofMillis(1), Duration.ofMillis(2));
        var never = new RestartPolicy(RestartMode.NEVER, 5, Duration.ofMillis(1), Duration.ofMillis(2));

        assertThat(always.shouldRestart(0, 0)).isTrue();
        assertThat(never.shouldRestart(137, 0)).isFalse();
    }
}
