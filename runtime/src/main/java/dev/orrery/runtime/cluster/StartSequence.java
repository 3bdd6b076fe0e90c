package dev.orrery.runtime.cluster;

import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/// Starts the components of a run in dependency order, independent ones in parallel, and reports progress once a
/// second until every instance is UP or has given up, or the start is aborted.
///
/// An instance that crashes while starting is restarted by its policy; one that gives up stays CRASHED with its exit
/// code and last lines, and the start goes on without it: the rest of the cluster comes up, so that a lesson can
/// show what broke (its dependents start too, and show in their turn what a missing dependency does).
final class StartSequence {

    private final ClusterRun run;
    private final Consumer<ClusterEvent> publish;
    private final CompletableFuture<Void> abort;
    private final Map<String, CompletableFuture<Void>> componentsUp = new HashMap<>();

    StartSequence(ClusterRun run, Consumer<ClusterEvent> publish, CompletableFuture<Void> abort) {
        this.run = run;
        this.publish = publish;
        this.abort = abort;
    }

    /// Blocks until every instance is UP or has given up; throws [ClusterStartException] when aborted.
    void startAll() {
        var began = Instant.now();
        var components = run.components();
        components.forEach(c -> componentUp(c.id()));
        var all = CompletableFuture.allOf(componentsUp.values().toArray(CompletableFuture[]::new));
        var done = CompletableFuture.anyOf(all, abort);
        while (true) {
            try {
                done.get(1, TimeUnit.SECONDS);
                break;
            } catch (TimeoutException e) {
                progress(began);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterStartException("The start was interrupted");
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
        if (abort.isDone()) {
            throw new ClusterStartException("The start was cancelled: the cluster is being stopped");
        }
    }

    private CompletableFuture<Void> componentUp(String id) {
        var existing = componentsUp.get(id);
        if (existing != null) {
            return existing;
        }
        var plan = run.components().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
        var deps = plan.dependsOn().stream().map(this::componentUp).toArray(CompletableFuture[]::new);
        var future = CompletableFuture.allOf(deps).thenCompose(_ -> startInstances(id));
        componentsUp.put(id, future);
        return future;
    }

    private CompletableFuture<Void> startInstances(String componentId) {
        if (abort.isDone()) {
            return CompletableFuture.failedFuture(new ClusterStartException("The start was cancelled"));
        }
        var starts = run.instances(componentId).stream()
                .map(p -> run.process(p.id())
                        .map(process -> process.start().exceptionally(_ -> null))
                        .orElse(CompletableFuture.completedFuture(null)))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(starts);
    }

    private void progress(Instant began) {
        var waiting = run.processes().stream()
                .filter(p -> p.status().state() != InstanceState.UP)
                .map(p -> p.id())
                .toList();
        var message = waiting.isEmpty() ? "all instances are up" : "waiting for " + waiting.size() + " instances";
        publish.accept(new ClusterEvent.StartProgress(
                Instant.now(), message, List.copyOf(waiting), ClusterStarter.elapsed(began)));
    }

    private static ClusterStartException failure(Throwable cause) {
        var root = cause;
        while ((root instanceof CompletionException || root instanceof ExecutionException) && root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof ClusterStartException start) {
            return start;
        }
        return new ClusterStartException("The cluster did not start: " + root.getMessage(), root);
    }
}
