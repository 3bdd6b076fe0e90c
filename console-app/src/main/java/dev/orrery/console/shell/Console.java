package dev.orrery.console.shell;

import dev.orrery.console.chaos.ChaosMenu;
import dev.orrery.console.chaos.ChaosViewModel;
import dev.orrery.console.cluster.ClusterView;
import dev.orrery.console.cluster.ClusterViewModel;
import dev.orrery.console.data.DataView;
import dev.orrery.console.data.DataViewModel;
import dev.orrery.console.lessons.LessonClusterGate;
import dev.orrery.console.lessons.LessonProgress;
import dev.orrery.console.lessons.LessonsView;
import dev.orrery.console.lessons.LessonsViewModel;
import dev.orrery.console.lessons.PresetLoader;
import dev.orrery.console.logs.LogView;
import dev.orrery.console.logs.LogViewModel;
import dev.orrery.console.registry.RegistryGraphView;
import dev.orrery.console.registry.RegistryGraphViewModel;
import dev.orrery.console.requests.RequestJournal;
import dev.orrery.console.requests.RequestsView;
import dev.orrery.console.requests.RequestsViewModel;
import dev.orrery.console.routing.LoadGeneratorViewModel;
import dev.orrery.console.routing.RoutingGraphView;
import dev.orrery.console.routing.RoutingGraphViewModel;
import dev.orrery.console.timeline.TimelineView;
import dev.orrery.console.timeline.TimelineViewModel;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.tokens.TokensView;
import dev.orrery.console.tokens.TokensViewModel;
import dev.orrery.console.ui.Confirmation;
import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Selection;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;

/// The console's composition root: creates the view models, views and background threads once, wires them to
/// the runtime (through a [ClusterSwitch], so that they follow an attached cluster as well), and stops the cluster
/// it runs before the window goes away; a cluster it attached to keeps running.
public final class Console implements AutoCloseable {

    private final ConsolePreferences preferences;
    private final RuntimeAccess runtime;
    private final Consumer<String> browser;
    private final UiPulse pulse;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("orrery-console-ticker").daemon(true).factory());
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final ShellViewModel shellModel = new ShellViewModel();
    private final Selection selection = new Selection();
    private final Appearance appearance;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<ViewId, Node> views = new EnumMap<>(ViewId.class);
    private ShellMenu menu;
    private @Nullable LogView logView;
    private @Nullable LoadGeneratorViewModel loadGenerator;
    private @Nullable ClusterCommands commands;
    private @Nullable ClusterSwitch clusters;

    /// @param browser opens a URL with the desktop's browser or file manager; called off the JavaFX thread
    public Console(
            ConsolePreferences preferences, Duration pulsePeriod, RuntimeAccess runtime, Consumer<String> browser) {
        this.preferences = preferences;
        this.runtime = runtime;
        this.browser = browser;
        this.pulse = new UiPulse(Platform::runLater, pulsePeriod);
        this.appearance = new Appearance(preferences);
    }

    /// Builds every view model and view; call once, on the JavaFX thread.
    public ShellView shellView(Stage stage) {
        var actions = runtime.cluster().map(ClusterSwitch::new).map(this::wire).orElseGet(this::unavailable);
        menu = new ShellMenu(shellModel, actions, appearance, () -> stage);
        if (clusters != null) {
            menu.addItems(chaosMenu(clusters));
        }
        ticker.scheduleAtFixedRate(this::refreshAll, 500, 500, TimeUnit.MILLISECONDS);
        return new ShellView(shellModel, appearance, views, menu);
    }

    private Menu chaosMenu(Cluster cluster) {
        var chaos = new ChaosViewModel(cluster, pulse, shellModel.problemProperty()::set);
        return new ChaosMenu(
                        chaos,
                        () -> Optional.ofNullable(selection.instanceProperty().get()))
                .menu();
    }

    private ShellActions wire(ClusterSwitch cluster) {
        clusters = cluster;
        var openBrowser = (Consumer<String>) url -> background.execute(() -> browser.accept(url));
        var commands =
                new ClusterCommands(cluster, shellModel, pulse, preferences, runtime.dataFolder(), background, browser);
        commands.attach();
        this.commands = commands;
        keep(commands, commands::refresh);

        var clusterModel = new ClusterViewModel(cluster, pulse);
        clusterModel.attach();
        keep(clusterModel, clusterModel::refresh);
        views.put(ViewId.CLUSTER, supervisedOnly(new ClusterView(clusterModel, selection, openBrowser).load()));

        var registryModel = new RegistryGraphViewModel(cluster, pulse);
        registryModel.attach();
        keep(registryModel, registryModel::refresh);
        views.put(ViewId.REGISTRY, new RegistryGraphView(registryModel, selection).load());

        var load = new LoadGeneratorViewModel(cluster, pulse, runtime.dataFolder(), background);
        loadGenerator = load;
        keep(load, load::refresh);
        var routingModel = new RoutingGraphViewModel(cluster, pulse, load::clientNote);
        routingModel.attach();
        keep(routingModel, routingModel::refresh);
        views.put(ViewId.ROUTING, new RoutingGraphView(routingModel, load, selection).load());

        var logModel = new LogViewModel(cluster, pulse);
        logModel.attach();
        closeables.add(logModel);
        logView = new LogView(logModel, selection);
        views.put(ViewId.LOGS, supervisedOnly(logView.load()));

        var timelineModel = new TimelineViewModel(cluster, pulse);
        timelineModel.attach();
        keep(timelineModel, timelineModel::refresh);
        views.put(ViewId.TIMELINE, supervisedOnly(new TimelineView(timelineModel, selection).load()));
        teachingViews(cluster, commands.lessonGate());
        return commands;
    }

    /// Tokens, Requests, Data and Lessons share the learner's token and the journal of requests sent.
    private void teachingViews(Cluster cluster, LessonClusterGate gate) {
        var shelf = new TokenShelf();
        var journal = new RequestJournal();
        var tokensModel = new TokensViewModel(cluster, runtime.dataFolder(), shelf, pulse, background);
        views.put(ViewId.TOKENS, new TokensView(tokensModel).load());
        var requestsModel = new RequestsViewModel(cluster, shelf, journal, pulse, background);
        requestsModel.attach();
        closeables.add(requestsModel);
        views.put(ViewId.REQUESTS, new RequestsView(requestsModel).load());
        var dataModel = new DataViewModel(cluster, shelf, pulse);
        closeables.add(dataModel);
        views.put(ViewId.DATA, supervisedOnly(new DataView(dataModel).load()));
        var lessonsModel = new LessonsViewModel(
                cluster,
                runtime.dataFolder(),
                shelf,
                journal,
                new LessonProgress(preferences.lessons()),
                PresetLoader.shipped(),
                gate,
                pulse);
        lessonsModel.attach();
        closeables.add(lessonsModel);
        views.put(ViewId.LESSONS, supervisedOnly(new LessonsView(lessonsModel).load()));
    }

    /// A view that needs processes Orrery supervises: while a remote registry is shown, a note covers it saying why
    /// it is empty and how to go back.
    private Node supervisedOnly(Node view) {
        var note = new EmptyState(
                Feather.EYE,
                "Remote registry: read-only",
                "This view needs a cluster Orrery supervises; a remote registry only shows its instances (see the"
                        + " Registry view). Detach (menu → Cluster → Detach) to go back to this console's"
                        + " cluster.");
        note.getStyleClass().add("read-only-note");
        note.visibleProperty().bind(shellModel.readOnlyProperty());
        note.managedProperty().bind(note.visibleProperty());
        view.visibleProperty().bind(shellModel.readOnlyProperty().not());
        return new StackPane(view, note);
    }

    private void refreshAll() {
        for (var refresher : refreshers) {
            try {
                refresher.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Console.class).warn("A view could not refresh", e);
            }
        }
    }

    /// Puts the focus into the logs view's search field, if there is one (Ctrl+F).
    public void focusLogSearch() {
        if (logView != null) {
            logView.focusSearch();
        }
    }

    private void keep(AutoCloseable closeable, Runnable refresher) {
        closeables.add(closeable);
        refreshers.add(refresher);
    }

    private ShellActions unavailable() {
        shellModel.unavailableProperty().set(runtime.unavailable());
        shellModel.problemProperty().set(runtime.unavailable());
        addPlaceholders();
        return new UnavailableActions(shellModel, runtime.unavailable());
    }

    private void addPlaceholders() {
        var hint = runtime.unavailable().isEmpty() ? "Start the cluster to see it here." : runtime.unavailable();
        views.putIfAbsent(ViewId.CLUSTER, empty(Feather.GRID, "No cluster yet", hint));
        views.putIfAbsent(ViewId.REGISTRY, empty(Feather.TARGET, "No registry yet", hint));
        views.putIfAbsent(ViewId.ROUTING, empty(Feather.SHUFFLE, "No gateway yet", hint));
        views.putIfAbsent(ViewId.LOGS, empty(Feather.ALIGN_LEFT, "No logs yet", hint));
        views.putIfAbsent(ViewId.TOKENS, empty(Feather.KEY, "No tokens yet", hint));
        views.putIfAbsent(ViewId.REQUESTS, empty(Feather.SEND, "Nothing to send to yet", hint));
        views.putIfAbsent(ViewId.DATA, empty(Feather.DATABASE, "No data yet", hint));
        views.putIfAbsent(ViewId.LESSONS, empty(Feather.BOOK_OPEN, "No lessons yet", hint));
        views.putIfAbsent(ViewId.TIMELINE, empty(Feather.CLOCK, "No timeline yet", hint));
    }

    private static Node empty(Feather icon, String title, String hint) {
        return new StackPane(new EmptyState(icon, title, hint));
    }

    public Appearance appearance() {
        return appearance;
    }

    public ShellMenu menu() {
        return menu;
    }

    public ShellViewModel shellModel() {
        return shellModel;
    }

    /// The load generator, when this console runs a cluster.
    public java.util.Optional<LoadGeneratorViewModel> loadGenerator() {
        return java.util.Optional.ofNullable(loadGenerator);
    }

    /// The cluster this console's views follow (its own, or one it attached to), if any.
    public java.util.Optional<Cluster> cluster() {
        return java.util.Optional.<Cluster>ofNullable(clusters).or(runtime::cluster);
    }

    /// Whether the views show a cluster this console did not start.
    public boolean attached() {
        return commands != null && commands.attached();
    }

    /// Whether every route of the running cluster answers through the gateway.
    public boolean routesAnswer() {
        return commands != null && commands.routesAnswer();
    }

    /// The routes that do not answer through the gateway (yet).
    public java.util.List<String> silentRoutes() {
        return commands == null ? java.util.List.of() : commands.silentRoutes();
    }

    public Selection selection() {
        return selection;
    }

    /// Whether the window may close now. While this console runs a cluster it asks first; "Stop the cluster and
    /// quit" stops it off the JavaFX thread and then ends the application. A cluster it attached to keeps running.
    public boolean mayClose(Stage stage) {
        if (shellModel.phaseProperty().get() == ClusterPhase.STOPPED || clusters == null || !clusters.atHome()) {
            return true;
        }

        var confirmation = new Confirmation(
                        stage,
                        "The cluster is still running",
                        "Closing Orrery stops every process of the cluster. No process is left behind.",
                        "Stop the cluster and quit")
                .proceedByDefault();
        if (confirmation.ask()) {
            shellModel.progressProperty().set("Stopping the cluster before quitting…");
            clusters.stop().whenComplete((ok, failure) -> Platform.runLater(Platform::exit));
        }
        return false;
    }

    /// Stops the cluster (waiting for its processes to end) and every background thread.
    @Override
    public void close() {
        ticker.shutdownNow();
        for (var closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Console.class).warn("Could not close {}", closeable, e);
            }
        }
        if (clusters != null) {
            clusters.close();
        } else {
            runtime.cluster().ifPresent(Cluster::close);
        }
        background.shutdownNow();
        pulse.close();
    }
}
