package dev.orrery.console.registry;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.Subscription;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The registry graph's state: rebuilt from the registry's snapshot and the supervisor's on every registry or
/// instance change (and once a second for lease ages), off the JavaFX thread.
public final class RegistryGraphViewModel implements ClusterListener, AutoCloseable {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final RegistryPictureBuilder builder = new RegistryPictureBuilder();
    private final ObjectProperty<RegistryPicture> picture = new SimpleObjectProperty<>(RegistryPicture.empty());
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>("");
    private final ObservableList<Detail> selectedDetails = FXCollections.observableArrayList();
    private Subscription subscription = () -> {};

    public RegistryGraphViewModel(Cluster cluster, UiPulse pulse) {
        this.cluster = cluster;
        this.pulse = pulse;
        picture.addListener(o -> showDetails());
        selected.addListener(o -> showDetails());
    }

    public void attach() {
        subscription = cluster.subscribe(this);
    }

    @Override
    public void onEvent(ClusterEvent event) {
        switch (event) {
            case ClusterEvent.RegistryChanged changed -> refresh();
            case ClusterEvent.InstanceStateChanged changed -> refresh();
            case ClusterEvent.InstancesChanged changed -> refresh();
            case ClusterEvent.ClusterStateChanged changed -> refresh();
            default -> {}
        }
    }

    /// Rebuilds the picture from the current snapshots.
    public synchronized void refresh() {
        var snapshot = cluster.snapshot();
        var idle = snapshot.state() == ClusterState.STOPPED || snapshot.state() == ClusterState.FAILED;
        var next = idle && snapshot.instances().isEmpty()
                ? RegistryPicture.empty()
                : builder.build(snapshot.registry(), snapshot, Instant.now());
        pulse.postLatest(this, () -> picture.set(next));
    }

    private void showDetails() {
        var details = picture.get().details().getOrDefault(selected.get(), List.of());
        // The side panel rebuilds its labels on a change: unchanged details (most seconds) must not notify it.
        if (!selectedDetails.equals(details)) {
            selectedDetails.setAll(details);
        }
    }

    public ObjectProperty<RegistryPicture> pictureProperty() {
        return picture;
    }

    /// The key of the selected node (an instance id); empty for none.
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /// The registry's raw view of the selected instance.
    public ObservableList<Detail> selectedDetails() {
        return selectedDetails;
    }

    @Override
    public void close() {
        subscription.close();
    }
}
