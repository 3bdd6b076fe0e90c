package dev.orrery.console.routing;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.ClusterListener;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.event.Subscription;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The routing graph's state: routes from the cluster, instances from the registry, traffic from the gateway's
/// event stream, rebuilt off the JavaFX thread on changes and twice a second while traffic flows.
public final class RoutingGraphViewModel implements ClusterListener, AutoCloseable {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final Supplier<String> clientNote;
    private final RoutingPictureBuilder builder = new RoutingPictureBuilder();
    private final ObjectProperty<RoutingPicture> picture = new SimpleObjectProperty<>(RoutingPicture.empty());
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>("");
    private Subscription subscription = () -> {};

    /// @param clientNote what the client node says, e.g. the load generator's state; called off the JavaFX thread
    public RoutingGraphViewModel(Cluster cluster, UiPulse pulse, Supplier<String> clientNote) {
        this.cluster = cluster;
        this.pulse = pulse;
        this.clientNote = clientNote;
    }

    public void attach() {
        subscription = cluster.subscribe(this);
    }

    @Override
    public void onEvent(ClusterEvent event) {
        switch (event) {
            case ClusterEvent.TrafficObserved observed -> add(observed);
            case ClusterEvent.RegistryChanged changed -> refresh();
            case ClusterEvent.InstanceStateChanged changed -> refresh();
            case ClusterEvent.ClusterStateChanged changed -> refresh();
            default -> {}
        }
    }

    private synchronized void add(ClusterEvent.TrafficObserved observed) {
        builder.add(observed.request());
    }

    /// Rebuilds the picture; called on changes and by the console's ticker.
    public synchronized void refresh() {
        var snapshot = cluster.snapshot();
        var idle = snapshot.state() == ClusterState.STOPPED || snapshot.state() == ClusterState.FAILED;
        var next = idle || snapshot.routes().isEmpty()
                ? RoutingPicture.empty()
                : builder.build(snapshot, clientNote.get(), Instant.now());
        pulse.postLatest(this, () -> picture.set(next));
    }

    public ObjectProperty<RoutingPicture> pictureProperty() {
        return picture;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    @Override
    public void close() {
        subscription.close();
    }
}
