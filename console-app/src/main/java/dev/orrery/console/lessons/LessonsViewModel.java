package dev.orrery.console.lessons;

import dev.orrery.console.requests.RequestJournal;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterStartException;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.control.ClusterReset;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.lesson.CheckContext;
import dev.orrery.runtime.lesson.LessonChecker;
import dev.orrery.runtime.lesson.LessonMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Lessons view's state and actions. One worker thread of its own starts lessons, runs step actions and checks
/// the current step every 1.5 s; the JavaFX thread only sees the results, through the pulse.
public final class LessonsViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LessonsViewModel.class);

    private final Cluster cluster;
    private final DataFolder dataFolder;
    private final TokenShelf shelf;
    private final RequestJournal journal;
    private final UiPulse pulse;
    private final LessonProgress progress;
    private final PresetLoader presets;
    private final LessonClusterGate gate;
    private final ActionRunner actions;
    private final LessonChecker checker = new LessonChecker();
    private final LessonMemory memory = new LessonMemory();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("orrery-lessons").daemon(true).factory());
    private final ObservableList<LessonItem> lessons = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(1);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<StepItem> steps = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty starting = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final List<String> observations = new ArrayList<>();
    private final List<String> actionResults = new ArrayList<>();
    private List<Lesson> loaded = List.of();
    private volatile Optional<ActiveLesson> running = Optional.empty();

    public LessonsViewModel(
            Cluster cluster,
            DataFolder dataFolder,
            TokenShelf shelf,
            RequestJournal journal,
            LessonProgress progress,
            PresetLoader presets,
            LessonClusterGate gate,
            UiPulse pulse) {
        this.cluster = cluster;
        this.dataFolder = dataFolder;
        this.shelf = shelf;
        this.journal = journal;
        this.progress = progress;
        this.presets = presets;
        this.gate = gate;
        this.pulse = pulse;
        this.actions = new ActionRunner(cluster, dataFolder, shelf, journal);
        selected.addListener((o, before, now) -> showLesson());
    }

    /// Reads the lesson texts and the saved progress, then checks the running lesson every 1.5 s.
    public void attach() {
        worker.execute(() -> {
            try {
                var all = LessonText.loadAll();
                var items = items(all);
                pulse.post(() -> {
                    loaded = all;
                    lessons.setAll(items);
                    showLesson();
                });
            } catch (RuntimeException e) {
                LOG.error("Could not read the lesson texts", e);
                pulse.post(() -> status.set(e.getMessage()));
            }
        });
        worker.scheduleWithFixedDelay(this::checkCurrentStep, 1500, 1500, TimeUnit.MILLISECONDS);
    }

    private List<LessonItem> items(List<Lesson> all) {
        return all.stream()
                .map(l -> new LessonItem(l.number(), l.title(), progressText(l), progress.completed(l.number())))
                .toList();
    }

    private String progressText(Lesson lesson) {
        int done = Math.min(progress.stepsDone(lesson.number()), lesson.steps().size());
        var steps = done + " of " + lesson.steps().size() + " steps";
        return progress.completed(lesson.number()) ? "completed · " + steps : steps;
    }

    private void showLesson() {
        lesson(selected.get()).ifPresent(lesson -> {
            title.set("Lesson " + lesson.number() + " · " + lesson.title());
            text.set(String.join("\n\n", lesson.paragraphs()));
            observations.clear();
            actionResults.clear();
            lesson.steps().forEach(s -> {
                observations.add("");
                actionResults.add("");
            });
            active.set(running.map(r -> r.lesson().number() == lesson.number()).orElse(false));
            showSteps(lesson, passedSteps(lesson));
        });
    }

    private int passedSteps(Lesson lesson) {
        return running.filter(r -> r.lesson().number() == lesson.number())
                .map(ActiveLesson::passed)
                .orElse(Math.min(
                        progress.stepsDone(lesson.number()), lesson.steps().size()));
    }

    private void showSteps(Lesson lesson, int passed) {
        List<StepItem> items = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            var step = lesson.steps().get(i);
            var state = i < passed ? StepState.DONE : i == passed ? StepState.CURRENT : StepState.LATER;
            items.add(new StepItem(
                    i,
                    step.title(),
                    step.text(),
                    step.action().map(StepAction::label).orElse(""),
                    state,
                    observations.get(i),
                    actionResults.get(i)));
        }
        steps.setAll(items);
    }

    /// Starts the selected lesson: stops whatever runs, resets the data to the seed, starts the lesson's preset. When
    /// that would stop a running cluster, it only asks first (see [#confirmationProperty()]); where no lesson can
    /// start (a read-only registry), the status says why.
    public void start() {
        var lesson = lesson(selected.get());
        if (lesson.isEmpty() || starting.get()) {
            return;
        }
        switch (gate.impact(lesson.get().number())) {
            case StartImpact.Refused refused -> status.set(refused.reason());
            case StartImpact.Confirm confirm -> confirmation.set(confirm.message());
            case StartImpact.Free free -> begin(lesson.get());
        }
    }

    /// The learner agreed to stop the running cluster: the lesson starts.
    public void confirmStart() {
        confirmation.set("");
        lesson(selected.get()).filter(l -> !starting.get()).ifPresent(this::begin);
    }

    /// The learner kept the running cluster: nothing happens.
    public void cancelStart() {
        confirmation.set("");
    }

    private void begin(Lesson lesson) {
        starting.set(true);
        running = Optional.empty();
        active.set(false);
        status.set("Stopping the cluster and resetting its data…");
        worker.execute(() -> startOnWorker(lesson));
    }

    private void startOnWorker(Lesson lesson) {
        try {
            gate.stopForLesson();
            ClusterReset.deleteDataAndLogs(dataFolder);
            journal.clear();
            memory.forget();
            shelf.clear();
            progress.record(lesson.number(), 0, lesson.steps().size());
            pulse.post(() -> status.set("Starting the cluster of lesson " + lesson.number() + " (" + lesson.preset()
                    + "); this takes a little while…"));
            startCluster(lesson);
            running = Optional.of(new ActiveLesson(lesson));
            pulse.post(() -> {
                starting.set(false);
                status.set("");
                showLesson();
            });
        } catch (Exception e) {
            var cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("Lesson {} could not start", lesson.number(), e);
            pulse.post(() -> {
                starting.set(false);
                status.set("The lesson could not start: " + cause.getMessage());
            });
        }
    }

    /// Starts the lesson's cluster; when the registry's, the gateway's or the database's usual port is taken (by
    /// another program, say), starts it on free ports instead: the lesson reads every address from the cluster.
    private void startCluster(Lesson lesson) throws Exception {
        var topology = presets.load(lesson.preset());
        try {
            cluster.start(topology, StartOptions.defaults()).get(300, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            var moved = e.getCause() instanceof ClusterStartException refused
                    ? refused.onFreePorts(StartOptions.defaults())
                    : Optional.<StartOptions>empty();
            if (moved.isEmpty()) {
                throw e;
            }
            LOG.info("{}; lesson {} starts on free ports instead", e.getCause().getMessage(), lesson.number());
            pulse.post(() -> status.set("Some of the usual ports are in use; starting the cluster of lesson "
                    + lesson.number() + " on free ports instead…"));
            cluster.start(topology, moved.get()).get(300, TimeUnit.SECONDS);
        }
    }

    /// Runs the step's action for the learner.
    public void act(int index) {
        var lesson = lesson(selected.get());
        var action = lesson.flatMap(
                l -> index < l.steps().size() ? l.steps().get(index).action() : Optional.empty());
        if (action.isEmpty()) {
            return;
        }
        worker.execute(() -> {
            var result = actions.run(action.get());
            pulse.post(() -> {
                if (index < actionResults.size()) {
                    actionResults.set(index, result);
                    showSteps(lesson.get(), passedSteps(lesson.get()));
                }
            });
        });
    }

    private void checkCurrentStep() {
        var current = running;
        if (current.isEmpty() || current.get().finished()) {
            return;
        }
        var state = cluster.snapshot().state();
        if (state != ClusterState.RUNNING && state != ClusterState.DEGRADED) {
            return;
        }

        try {
            var lesson = current.get().lesson();
            int index = current.get().passed();
            var step = lesson.steps().get(index);
            var context = new CheckContext(cluster.snapshot(), shelf.current(), journal.exchanges(), memory);
            var result = checker.check(step.check(), context);
            if (result.passed()) {
                current.get().pass();
                progress.record(
                        lesson.number(), current.get().passed(), lesson.steps().size());
            }
            var items = items(loaded);
            pulse.post(() -> checked(lesson, index, result.observation(), items));
        } catch (RuntimeException e) {
            LOG.warn("A lesson check failed", e);
            var lesson = current.get().lesson();
            int index = current.get().passed();
            var items = items(loaded);
            pulse.post(() -> checked(lesson, index, "the check could not look: " + e.getMessage(), items));
        }
    }

    private void checked(Lesson lesson, int index, String observation, List<LessonItem> items) {
        lessons.setAll(items);
        if (selected.get() != lesson.number() || index >= observations.size()) {
            return;
        }
        observations.set(index, observation);
        showSteps(lesson, passedSteps(lesson));
    }

    private Optional<Lesson> lesson(int number) {
        return loaded.stream().filter(l -> l.number() == number).findFirst();
    }

    public ObservableList<LessonItem> lessons() {
        return lessons;
    }

    /// The lesson shown, 1 to 4.
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /// The explanation, paragraphs separated by blank lines.
    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<StepItem> steps() {
        return steps;
    }

    /// What the lesson is doing or why it could not, empty otherwise.
    public StringProperty statusProperty() {
        return status;
    }

    /// What a lesson start would stop, for a confirmation dialog; empty when nothing waits for the learner's answer.
    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty startingProperty() {
        return starting;
    }

    /// Whether the lesson shown is the one running (its steps are being checked).
    public BooleanProperty activeProperty() {
        return active;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        checker.close();
    }
}
