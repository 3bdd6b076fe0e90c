package dev.orrery.console.logs;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.Subscription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The logs of every instance, merged, with filters. Lines arrive on the event thread and reach the JavaFX thread
/// in batches; at most [#MAX_LINES] are kept (the oldest go first), and while paused at most as many wait.
public final class LogViewModel implements ClusterListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogViewModel.class);

    /// The most lines kept in memory; older ones are dropped.
    public static final int MAX_LINES = 20_000;

    /// The instance filter's value for "all instances merged".
    public static final String ALL = "All instances";

    private final Cluster cluster;
    private final UiPulse pulse;
    private final ConcurrentLinkedQueue<LogEntry> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicInteger incomingCount = new AtomicInteger();
    private final AtomicBoolean flushPosted = new AtomicBoolean();
    // The last line of each instance, read on the cluster's event thread, so a stack trace gets its message's level.
    private final Map<String, LogEntry> lastByInstance = new ConcurrentHashMap<>();
    private final ObservableList<LogEntry> lines = FXCollections.observableArrayList();
    private final FilteredList<LogEntry> visible = new FilteredList<>(lines, e -> true);
    private final ObservableList<String> instances = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> instance = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<LogLevel> minimumLevel = new SimpleObjectProperty<>(LogLevel.TRACE);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final List<LogEntry> held = new ArrayList<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private Subscription subscription = () -> {};

    public LogViewModel(Cluster cluster, UiPulse pulse) {
        this.cluster = cluster;
        this.pulse = pulse;
        instance.addListener(o -> refilter());
        minimumLevel.addListener(o -> refilter());
        search.addListener(o -> refilter());
        paused.addListener((obs, was, now) -> {
            if (!now) {
                release();
            }
        });
    }

    public void attach() {
        subscription = cluster.subscribe(this);
    }

    @Override
    public void onEvent(ClusterEvent event) {
        if (event instanceof ClusterEvent.ClusterStateChanged changed) {
            var live = changed.current() != ClusterState.STOPPED && changed.current() != ClusterState.FAILED;
            pulse.post(() -> running.set(live));
            // The first event of a subscription (previous == current) comes when the console starts following a
            // cluster, e.g. one 'orrery up' runs: show what its instances wrote before.
            if (live && changed.previous() == changed.current()) {
                loadRecentLines();
            }
        }
        if (event instanceof ClusterEvent.InstanceLog log) {
            var instanceId = log.instance().toString();
            var entry = LogEntry.after(
                    Optional.ofNullable(lastByInstance.get(instanceId)),
                    log.line().time(),
                    instanceId,
                    log.line().stderr(),
                    log.line().text());
            lastByInstance.put(instanceId, entry);
            accept(entry);
        }
    }

    private void loadRecentLines() {
        var backlog = new ArrayList<LogEntry>();
        for (var instance : cluster.snapshot().instances()) {
            try {
                cluster.recentLogs(instance.id())
                        .forEach(line -> backlog.add(
                                LogEntry.of(line.time(), instance.id().toString(), line.stderr(), line.text())));
            } catch (RuntimeException e) {
                LOG.debug("No recent lines of {}: {}", instance.id(), e.getMessage());
            }
        }
        backlog.sort(Comparator.comparing(LogEntry::time));
        backlog.forEach(this::accept);
    }

    /// Takes one line from any thread; it shows with the next batch.
    public void accept(LogEntry entry) {
        incoming.add(entry);
        // Drop the oldest waiting lines if the JavaFX thread falls far behind.
        if (incomingCount.incrementAndGet() > MAX_LINES && incoming.poll() != null) {
            incomingCount.decrementAndGet();
        }
        if (flushPosted.compareAndSet(false, true)) {
            pulse.post(this::flush);
        }
    }

    private void flush() {
        flushPosted.set(false);
        var batch = new ArrayList<LogEntry>();
        for (var next = incoming.poll(); next != null; next = incoming.poll()) {
            incomingCount.decrementAndGet();
            batch.add(next);
        }
        noteInstances(batch);
        if (paused.get()) {
            held.addAll(batch);
            trim(held);
            waiting.set(held.size());
            return;
        }
        append(batch);
    }

    private void noteInstances(List<LogEntry> batch) {
        var known = new TreeSet<>(instances.subList(1, instances.size()));
        if (batch.stream().map(LogEntry::instance).allMatch(known::contains)) {
            return;
        }
        batch.forEach(e -> known.add(e.instance()));
        var all = new ArrayList<String>();
        all.add(ALL);
        all.addAll(known);
        instances.setAll(all);
    }

    private void append(List<LogEntry> batch) {
        lines.addAll(batch);
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    private static void trim(List<LogEntry> list) {
        if (list.size() > MAX_LINES) {
            list.subList(0, list.size() - MAX_LINES).clear();
        }
    }

    private void release() {
        append(held);
        held.clear();
        waiting.set(0);
    }

    private void refilter() {
        var chosen = instance.get();
        var level = minimumLevel.get();
        var needle = search.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(e -> (ALL.equals(chosen) || e.instance().equals(chosen))
                && e.level().atLeast(level)
                && (needle.isEmpty() || e.text().toLowerCase(Locale.ROOT).contains(needle)));
    }

    public void clear() {
        lines.clear();
        held.clear();
        waiting.set(0);
    }

    /// The lines as plain text, one per line, for the clipboard.
    public static String asText(List<LogEntry> entries) {
        var text = new StringBuilder();
        entries.forEach(
                e -> text.append(e.instance()).append(" | ").append(e.text()).append('\n'));
        return text.toString();
    }

    /// The lines passing the filters, oldest first.
    public ObservableList<LogEntry> visibleLines() {
        return visible;
    }

    /// Every line kept, before filtering.
    public ObservableList<LogEntry> lines() {
        return lines;
    }

    /// [#ALL] followed by every instance that wrote a line.
    public ObservableList<String> instances() {
        return instances;
    }

    public ObjectProperty<String> instanceProperty() {
        return instance;
    }

    public ObjectProperty<LogLevel> minimumLevelProperty() {
        return minimumLevel;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /// Whether the view keeps scrolling to the newest line.
    public BooleanProperty followProperty() {
        return follow;
    }

    /// While paused, new lines wait instead of showing.
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /// How many lines wait while paused.
    public IntegerProperty waitingProperty() {
        return waiting;
    }

    /// Whether a cluster runs (or starts), so that an empty list is not explained by "start the cluster".
    public BooleanProperty runningProperty() {
        return running;
    }

    @Override
    public void close() {
        subscription.close();
    }
}
