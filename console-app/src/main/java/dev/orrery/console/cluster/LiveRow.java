package dev.orrery.console.cluster;

import dev.orrery.console.ui.Tone;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One row of the cluster table as the table holds it: the same object for as long as its component or instance is
/// listed, with one property per column.
///
/// The table never gets a new row object for a new value: replacing a tree item's value makes the table throw away
/// and rebuild every cell, which with fifty instances froze the window for a noticeable moment each second. A
/// property that keeps its value fires nothing, so a refresh repaints only the cells whose text changed.
public final class LiveRow {

    private final String id;
    private final boolean component;
    private final ReadOnlyObjectWrapper<ClusterEntry> entry;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.IDLE);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper port = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper uptime = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper restarts = new ReadOnlyStringWrapper("");

    LiveRow(ClusterEntry first) {
        this.id = first.id();
        this.component = first instanceof ComponentRow;
        this.entry = new ReadOnlyObjectWrapper<>(first);
        show(first);
    }

    /// Shows the entry's values; only the properties whose value differs fire a change.
    void show(ClusterEntry next) {
        entry.set(next);
        switch (next) {
            case ComponentRow c -> {
                title.set(c.title());
                state.set(instanceCount(c));
            }
            case InstanceRow i -> {
                title.set(i.id());
                tone.set(i.tone());
                state.set(i.state());
                port.set(i.port());
                pid.set(i.pid());
                uptime.set(i.uptime());
                memory.set(i.memory());
                restarts.set(i.restarts());
            }
        }
    }

    private static String instanceCount(ComponentRow c) {
        if (!c.scalable()) {
            return "";
        }

        var count = c.instances().size();
        return count + (count == 1 ? " instance" : " instances");
    }

    /// The component's or instance's id, e.g. `heroes-service` or `heroes-service-2`.
    public String id() {
        return id;
    }

    /// Whether this row is a component (a group), not an instance.
    public boolean component() {
        return component;
    }

    /// The values shown now: a [ComponentRow] or an [InstanceRow].
    public ClusterEntry entry() {
        return entry.get();
    }

    /// The instance's state word as shown, e.g. `UP`; empty for a component.
    public String stateText() {
        return component ? "" : state.get();
    }

    ReadOnlyObjectProperty<ClusterEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /// An instance's state (`UP`, `STARTING · 3.2 s`), a component's instance count (`3 instances`).
    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty portProperty() {
        return port.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pidProperty() {
        return pid.getReadOnlyProperty();
    }

    ReadOnlyStringProperty uptimeProperty() {
        return uptime.getReadOnlyProperty();
    }

    ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    ReadOnlyStringProperty restartsProperty() {
        return restarts.getReadOnlyProperty();
    }
}
