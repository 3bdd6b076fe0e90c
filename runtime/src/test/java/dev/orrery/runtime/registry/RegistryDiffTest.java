package dev.orrery.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryDiffTest {

    @Test
    void reportsRegisteredStatusChangedAndRemoved() {
        var before = snapshot(instance("a", "STARTING", 1), instance("b", "UP", 2));
        var after = snapshot(instance("a", "UP", 3), instance("c", "UP", 4));

        var changes = RegistryDiff.between(before, after);

        assertThat(changes)
                .containsExactly(
                        new RegistryChange.StatusChanged(instance("a", "UP", 3), "STARTING"),
                        new RegistryChange.Registered(instance("c", "UP", 4)),
                        new RegistryChange.Removed(instance("b", "UP", 2)));
    }

    @Test
    void leaseRenewalAloneIsNoChange() {
        assertThat(RegistryDiff.between(snapshot(instance("a", "UP", 1)), snapshot(instance("a", "UP", 9))))
                .isEmpty();
    }

    private static RegistrySnapshot snapshot(RegisteredInstance... instances) {
        return new RegistrySnapshot(
                Instant.EPOCH, true, List.of(new RegisteredApplication("HEROES-SERVICE", List.of(instances))));
    }

    private static RegisteredInstance instance(String id, String status, long renewedAt) {
        return new RegisteredInstance(
                id,
                "HEROES-SERVICE",
                status,
                "127.0.0.1",
                8081,
                Optional.empty(),
                Optional.of(Instant.ofEpochSecond(renewedAt)),
                3);
    }
}
