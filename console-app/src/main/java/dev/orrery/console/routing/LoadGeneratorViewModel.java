package dev.orrery.console.routing;

import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.console.ui.Units;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.token.ClusterKeyStore;
import dev.orrery.runtime.token.Privilege;
import dev.orrery.runtime.token.TokenIssuer;
import dev.orrery.runtime.traffic.LoadGenerator;
import dev.orrery.runtime.traffic.LoadPlan;
import dev.orrery.runtime.traffic.LoadReport;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The built-in load generator: sends a request through the gateway at a chosen rate for a while, with or without
/// a token, and shows what its client saw.
public final class LoadGeneratorViewModel implements AutoCloseable {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final DataFolder dataFolder;
    private final Executor background;
    private final AtomicReference<Optional<LoadGenerator>> running = new AtomicReference<>(Optional.empty());
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final StringProperty whyNoStart = new SimpleStringProperty("Start the cluster first");
    private final ObjectProperty<LoadStats> stats = new SimpleObjectProperty<>(LoadStats.notStarted());
    private final StringProperty problem = new SimpleStringProperty("");

    public LoadGeneratorViewModel(Cluster cluster, UiPulse pulse, DataFolder dataFolder, Executor background) {
        this.cluster = cluster;
        this.pulse = pulse;
        this.dataFolder = dataFolder;
        this.background = background;
    }

    /// Starts sending; off the JavaFX thread (a token may have to be signed first).
    public void start(LoadForm form) {
        problem.set("");
        CompletableFuture.supplyAsync(() -> plan(form), background)
                .thenAccept(plan -> {
                    var generator = LoadGenerator.start(plan);
                    running.getAndSet(Optional.of(generator)).ifPresent(LoadGenerator::close);
                    generator.done().thenRun(this::refresh);
                    refresh();
                })
                .exceptionally(failure -> {
                    var cause = failure.getCause() != null ? failure.getCause() : failure;
                    pulse.post(() -> problem.set(cause.getMessage()));
                    return null;
                });
    }

    private LoadPlan plan(LoadForm form) {
        var gateway = cluster.snapshot()
                .addresses()
                .gateway()
                .orElseThrow(() -> new IllegalStateException("This topology has no gateway to send traffic through"));
        var path = form.path().startsWith("/") ? form.path() : "/" + form.path();
        var token = form.withToken() ? Optional.of(token()) : Optional.<String>empty();
        return new LoadPlan(
                URI.create(gateway + path),
                form.method(),
                form.ratePerSecond(),
                Duration.ofSeconds(form.seconds()),
                token);
    }

    private String token() {
        var keys = new ClusterKeyStore(dataFolder.keys()).loadOrCreate();
        return new TokenIssuer(keys)
                .issue("load-generator", Privilege.all(), Duration.ofHours(1))
                .compact();
    }

    public void stop() {
        running.get().ifPresent(LoadGenerator::stop);
        refresh();
    }

    /// Reads the generator's counters and the cluster's state; called by the console's ticker.
    public void refresh() {
        var current = running.get().map(LoadGenerator::report);
        var snapshot = cluster.snapshot();
        var up = snapshot.state() == ClusterState.RUNNING || snapshot.state() == ClusterState.DEGRADED;
        var reason = !up
                ? "Start the cluster first"
                : snapshot.addresses().gateway().isEmpty() ? "This topology has no gateway" : "";
        var isRunning = current.map(LoadReport::running).orElse(false);
        pulse.postLatest(this, () -> {
            stats.set(current.map(LoadGeneratorViewModel::stats).orElse(LoadStats.notStarted()));
            active.set(isRunning);
            whyNoStart.set(isRunning ? "The load generator is running: stop it first" : reason);
        });
    }

    /// What the client node of the routing graph says; safe to call from any thread.
    public String clientNote() {
        return running.get()
                .map(g -> {
                    var r = g.report();
                    var plan = g.plan();
                    return r.running()
                            ? "load: " + Units.rate(plan.ratePerSecond()) + " " + plan.method() + " "
                                    + plan.target().getPath()
                            : "load generator idle";
                })
                .orElse("browser, curl, load generator");
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /// Empty when the generator can start now, else why not.
    public StringProperty whyNoStartProperty() {
        return whyNoStart;
    }

    public ObjectProperty<LoadStats> statsProperty() {
        return stats;
    }

    static LoadStats stats(LoadReport r) {
        var state = (r.running() ? "running " : "ran ") + Units.duration(r.elapsed()) + " of "
                + Units.duration(r.planned());
        var answered = r.succeeded() + r.failed() > 0;
        return new LoadStats(
                state,
                Long.toString(r.sent()),
                Long.toString(r.failed()),
                r.failed() == 0 ? Tone.GOOD : Tone.BAD,
                answered ? Units.millis(r.p50Ms()) + " / " + Units.millis(r.p99Ms()) : "—");
    }

    public StringProperty problemProperty() {
        return problem;
    }

    @Override
    public void close() {
        running.get().ifPresent(LoadGenerator::close);
    }
}
