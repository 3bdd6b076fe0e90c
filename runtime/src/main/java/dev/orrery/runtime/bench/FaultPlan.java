package dev.orrery.runtime.bench;

import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.supervisor.InstanceId;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/// The soak test's random faults: which fault next, on which service instance, after how long a quiet gap, and how
/// long it lasts before it is healed. One fault at a time, so never more than one instance is down.
final class FaultPlan {

    static final Duration SHORTEST_GAP = Duration.ofSeconds(20);
    static final Duration LONGEST_GAP = Duration.ofSeconds(40);
    static final Duration SHORTEST_HOLD = Duration.ofSeconds(3);
    static final Duration LONGEST_HOLD = Duration.ofSeconds(8);

    private final RandomGenerator random;
    private final List<InstanceId> targets;

    FaultPlan(RandomGenerator random, List<InstanceId> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("the soak test needs at least one service instance to inject faults");
        }
        this.random = random;
        this.targets = List.copyOf(targets);
    }

    /// The quiet time before the next fault, from 20 to 40 s.
    Duration gap() {
        return between(SHORTEST_GAP, LONGEST_GAP);
    }

    /// How long the next fault stays before it is healed, from 3 to 8 s.
    Duration hold() {
        return between(SHORTEST_HOLD, LONGEST_HOLD);
    }

    /// A kill, pause, slow (200–2000 ms) or flaky (20–80 %) fault on one of the targets.
    Fault next() {
        var target = targets.get(random.nextInt(targets.size()));
        return switch (random.nextInt(4)) {
            case 0 -> new Fault.Kill(target);
            case 1 -> new Fault.Pause(target);
            case 2 -> new Fault.Slow(target, 200 + random.nextInt(1801));
            default -> new Fault.Flaky(target, (20 + random.nextInt(61)) / 100.0);
        };
    }

    private Duration between(Duration shortest, Duration longest) {
        var span = longest.toMillis() - shortest.toMillis();
        return shortest.plusMillis(random.nextLong(span + 1));
    }
}
