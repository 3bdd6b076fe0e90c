package dev.orrery.console.timeline;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The timeline's state: a [TimelineRecorder] fed by the cluster's events on the subscription's thread; the view
/// gets one new [TimelinePicture] per UI pulse at most (newer ones replace older ones not yet shown), plus one per
/// [#refresh()] so that the time axis moves on while nothing happens.
///
/// Works the same for the console's own cluster and for one it attached to: the first event of a subscription
/// (the cluster's current state) seeds instances that are already down or faulted.
public final class TimelineViewModel implements ClusterListener, AutoCloseable {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final Supplier<Instant> clock;
    private final TimelineRecorder recorder = new TimelineRecorder();
    private final ObjectProperty<TimelinePicture> picture = new SimpleObjectProperty<>(TimelinePicture.empty());
    private volatile Duration window = TimelineRecorder.WINDOW;
    private Subscription subscription = () -> {};

    public TimelineViewModel(Cluster cluster, UiPulse pulse) {
        this(cluster, pulse, Instant::now);
    }

    /// @param clock the time of the axis' right edge; tests pass their own
    public TimelineViewModel(Cluster cluster, UiPulse pulse, Supplier<Instant> clock) {
        this.cluster = cluster;
        this.pulse = pulse;
        this.clock = clock;
    }

    public void attach() {
        subscription = cluster.subscribe(this);
    }

    @Override
    public void onEvent(ClusterEvent event) {
        if (event instanceof ClusterEvent.ClusterStateChanged first && first.previous() == first.current()) {
            seed(first);
            refresh();
            return;
        }
        if (recorder.accept(event)) {
            refresh();
        }
    }

    private void seed(ClusterEvent.ClusterStateChanged first) {
        var snapshot = cluster.snapshot();
        var states = new LinkedHashMap<InstanceId, InstanceState>();
        snapshot.instances().forEach(i -> states.put(i.id(), i.state()));
        recorder.seed(first.current(), states, cluster.activeFaults(), first.time());
    }

    /// Takes a new picture at the clock's time; off the JavaFX thread, shown with the next pulse.
    public void refresh() {
        var next = recorder.picture(clock.get(), window);
        pulse.postLatest(this, () -> picture.set(next));
    }

    /// Shows the `window` ending now from the next picture on, e.g. one minute to see short faults better.
    public void window(Duration shown) {
        window = shown;
        refresh();
    }

    /// What the view shows; changed on the JavaFX thread only.
    public ObjectProperty<TimelinePicture> pictureProperty() {
        return picture;
    }

    @Override
    public void close() {
        subscription.close();
    }
}
