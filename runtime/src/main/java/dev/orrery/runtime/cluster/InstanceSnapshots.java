package dev.orrery.runtime.cluster;

import dev.orrery.runtime.supervisor.SupervisedProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/// Builds an [InstanceSnapshot] from an instance's plan and its process's status.
final class InstanceSnapshots {

    private InstanceSnapshots() {}

    static Optional<InstanceSnapshot> of(InstancePlan plan, @Nullable SupervisedProcess process, MemorySampler memory) {
        if (process == null) {
            return Optional.empty();
        }
        var status = process.status();
        var uptime = status.upSince().map(since -> Duration.between(since, Instant.now()));
        var rss = status.pid().isPresent() ? memory.residentBytes(status.pid().getAsLong()) : OptionalLong.empty();
        return Optional.of(new InstanceSnapshot(
                plan.id(),
                plan.kind(),
                status.state(),
                plan.port(),
                plan.url(),
                plan.registryInstanceId(),
                status.pid(),
                status.startedAt(),
                uptime,
                status.restarts(),
                rss,
                status.lastExitCode()));
    }
}
