package dev.orrery.console.shell;

import dev.orrery.console.lessons.LessonClusterGate;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.control.ClusterLock;
import dev.orrery.runtime.control.ClusterReset;
import dev.orrery.runtime.control.RouteReadiness;
import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyParser;
import dev.orrery.runtime.topology.TopologyPresets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Carries out the header's commands on the runtime's cluster, off the JavaFX thread, and keeps the shell's view
/// model up to date from the cluster's events.
public final class ClusterCommands implements ShellActions, ClusterListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterCommands.class);
    // Keep probing while the cluster runs: on a slow machine the gateway may take minutes to route everything.
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(15);

    private final ClusterSwitch cluster;
    private final ShellViewModel model;
    private final UiPulse pulse;
    private final ConsolePreferences preferences;
    private final DataFolder dataFolder;
    private final Executor background;
    private final Consumer<String> documentOpener;
    private final ShellSummary summary = new ShellSummary();
    private final CommandProblems problems;
    private final RouteReadiness readiness = new RouteReadiness(RequestSender.local(Duration.ofSeconds(5)));
    private final ClusterOwnership ownership;
    private final ClusterAttachments attachments;
    private Subscription subscription = () -> {};

    public ClusterCommands(
            ClusterSwitch cluster,
            ShellViewModel model,
            UiPulse pulse,
            ConsolePreferences preferences,
            DataFolder dataFolder,
            Executor background,
            Consumer<String> documentOpener) {
        this.cluster = cluster;
        this.model = model;
        this.pulse = pulse;
        this.preferences = preferences;
        this.dataFolder = dataFolder;
        this.background = background;
        this.documentOpener = documentOpener;
        this.ownership = new ClusterOwnership(dataFolder, readiness);
        this.problems = new CommandProblems(model, pulse);
        this.attachments = new ClusterAttachments(cluster, RunFiles.of(dataFolder.root()), model, pulse, background);
    }

    /// Fills the picker with the presets (and the last opened file) and starts listening to the cluster.
    public void attach() {
        var choices = TopologyPresets.NAMES.stream()
                .map(ClusterCommands::presetChoice)
                .toList();
        var last = preferences.lastTopology().orElse(TopologyPresets.DEFAULT);
        var extra = choices.stream().noneMatch(c -> c.key().equals(last)) && !last.isBlank()
                ? java.util.Optional.of(fileChoice(Path.of(last)))
                : java.util.Optional.<TopologyChoice>empty();
        model.topologies().setAll(choices);
        extra.ifPresent(model.topologies()::add);
        model.topologies().stream()
                .filter(c -> c.key().equals(last))
                .findFirst()
                .ifPresent(model.topologyProperty()::set);
        subscription = cluster.subscribe(this);
        attachments.attachToRunning(true);
    }

    static TopologyChoice presetChoice(String file) {
        var number = file.substring(0, file.indexOf('-'));
        var words = file.substring(file.indexOf('-') + 1).replace(".yaml", "").replace('-', ' ');
        var title = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return new TopologyChoice("Lesson " + number + " · " + title, file);
    }

    private static TopologyChoice fileChoice(Path file) {
        return new TopologyChoice(
                file.getFileName() + " (file)", file.toAbsolutePath().toString());
    }

    @Override
    public void onEvent(ClusterEvent event) {
        if (event instanceof ClusterEvent.ClusterStateChanged changed
                && changed.current() == ClusterState.STARTING
                && changed.previous() != ClusterState.STARTING) {
            // A new start (from the header or a lesson): what went wrong before is old news.
            problems.startBegan(changed.time());
        }
        var update = summary.apply(event, cluster.snapshot());
        if (!update.problem().isEmpty()) {
            pulse.post(() -> model.problemProperty().set(update.problem()));
        }
        pulse.postLatest(this, () -> show(update));
    }

    private void show(ShellUpdate update) {
        update.applyTo(model);
        if (update.phase() != ClusterPhase.STOPPED) {
            runningChoice(model.topologies(), update.clusterName())
                    .filter(choice -> !choice.equals(model.topologyProperty().get()))
                    .ifPresent(model.topologyProperty()::set);
        }
    }

    /// The picker's entry of the topology that runs (a lesson may have started another preset than the one picked).
    static java.util.Optional<TopologyChoice> runningChoice(java.util.List<TopologyChoice> choices, String running) {
        var preset = java.util.regex.Pattern.compile("\\d+-" + java.util.regex.Pattern.quote(running) + "\\.yaml");
        return choices.stream().filter(c -> preset.matcher(c.key()).matches()).findFirst();
    }

    /// Shows the current snapshot again, e.g. every second for uptime and memory.
    public void refresh() {
        var update = summary.apply(null, cluster.snapshot());
        pulse.postLatest(this, () -> show(update));
        attachments.detect();
    }

    @Override
    public void start(TopologyChoice choice) {
        start(choice, StartOptions.defaults());
    }

    private void start(TopologyChoice choice, StartOptions options) {
        model.problemProperty().set("");
        model.phaseProperty().set(ClusterPhase.STARTING);
        model.progressProperty().set("Reading " + choice.label() + "…");
        preferences.lastTopology(choice.key());
        CompletableFuture.supplyAsync(() -> load(choice), background)
                .thenCompose(topology -> {
                    if (!cluster.atHome()) {
                        // An attached cluster refuses, saying who runs it and what to do.
                        return cluster.start(topology, options);
                    }
                    ownership.claim(cluster, topology, this::stop);
                    return cluster.start(topology, options);
                })
                .whenComplete((snapshot, failure) -> {
                    if (failure != null) {
                        ownership.release();
                        problems.startFailed(options, failure, moved -> start(choice, moved));
                    } else {
                        background.execute(() -> readiness.await(snapshot, READY_TIMEOUT, this::notRunning));
                    }
                    refresh();
                });
    }

    private static Topology load(TopologyChoice choice) {
        try {
            return TopologyPresets.NAMES.contains(choice.key())
                    ? TopologyPresets.load(choice.key())
                    : new TopologyParser().read(Path.of(choice.key()));
        } catch (TopologyException e) {
            throw new CompletionException(new IllegalArgumentException(describe(e), e));
        }
    }

    private static String describe(TopologyException e) {
        var lines = e.problems().stream().map(Object::toString).toList();
        return "The topology has " + lines.size() + " problem(s): " + String.join("; ", lines);
    }

    @Override
    public void stop() {
        if (attachments.attached()) {
            attachments.stopRequested();
        }
        cluster.stop().whenComplete((done, failure) -> {
            ownership.release();
            if (failure != null) {
                problems.report("The cluster did not stop cleanly", failure);
            }
            refresh();
        });
    }

    @Override
    public void attachToRunningCluster() {
        attachments.attachToRunning(false);
    }

    @Override
    public CompletableFuture<Void> attachToRegistry(String url) {
        return attachments.attachToRegistry(url);
    }

    @Override
    public void detach() {
        attachments.detach();
    }

    /// What a lesson start stops, asked of the Lessons view before it stops anything.
    public LessonClusterGate lessonGate() {
        return new LessonGate(cluster, attachments, ownership);
    }

    /// Whether the console shows a cluster it did not start.
    public boolean attached() {
        return attachments.attached();
    }

    @Override
    public void openTopology(Path file) {
        CompletableFuture.runAsync(
                        () -> {
                            try {
                                new TopologyParser().read(file);
                            } catch (TopologyException e) {
                                throw new CompletionException(new IllegalArgumentException(describe(e), e));
                            }
                        },
                        background)
                .whenComplete((ok, failure) -> pulse.post(() -> opened(file, failure)));
    }

    private void opened(Path file, Throwable failure) {
        if (failure != null) {
            model.problemProperty().set(file.getFileName() + ": " + CommandProblems.message(failure));
            return;
        }

        var choice = fileChoice(file);
        model.topologies().removeIf(c -> c.key().equals(choice.key()));
        model.topologies().add(choice);
        model.topologyProperty().set(choice);
    }

    @Override
    public void saveTopology(Path file) {
        var choice = model.topologyProperty().get();
        if (choice == null) {
            return;
        }

        CompletableFuture.runAsync(() -> new TopologyFile(cluster).save(choice.key(), file), background)
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        problems.report("Could not save the topology to " + file, failure);
                    }
                });
    }

    @Override
    public void resetData() {
        CompletableFuture.runAsync(
                        () -> {
                            if (ClusterLock.isHeld(RunFiles.of(dataFolder.root()))) {
                                throw new IllegalStateException(
                                        "a cluster runs on " + dataFolder.root() + ": stop it first (orrery down)");
                            }
                            ClusterReset.deleteDataAndLogs(dataFolder);
                        },
                        background)
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        problems.report("Could not reset the cluster's data", failure);
                    }
                });
    }

    @Override
    public void openDataFolder() {
        background.execute(() -> documentOpener.accept(dataFolder.root().toUri().toString()));
    }

    @Override
    public void openLogFolder() {
        background.execute(() -> documentOpener.accept(dataFolder.logs().toUri().toString()));
    }

    /// Whether every route of the running cluster answers through the gateway.
    public boolean routesAnswer() {
        return readiness.ready();
    }

    /// The path patterns of the routes that do not answer (yet), e.g. `/heroes/**`.
    public java.util.List<String> silentRoutes() {
        return cluster.snapshot().routes().stream()
                .filter(r -> !readiness.answering(r))
                .map(r -> r.pathPattern())
                .toList();
    }

    private boolean notRunning() {
        var state = cluster.snapshot().state();
        return state != ClusterState.RUNNING && state != ClusterState.DEGRADED;
    }

    @Override
    public void close() {
        subscription.close();
        ownership.close();
    }
}
