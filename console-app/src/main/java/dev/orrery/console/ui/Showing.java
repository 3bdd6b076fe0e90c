package dev.orrery.console.ui;

import java.util.ArrayList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.util.Subscription;

/// Whether a node is on screen: in a scene and visible, and so are all its parents.
///
/// The window keeps every view it has shown and hides all but the current one (taking a view out and putting it
/// back would make it compute its styles anew each time). A view watches this to skip work nobody sees while hidden
/// and to catch up as soon as it shows again.
public final class Showing {

    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private Subscription watched = Subscription.EMPTY;

    private Showing(Node node) {
        this.node = node;
        watch();
    }

    /// Follows the node from now on; the property lives as long as the node.
    public static ReadOnlyBooleanProperty of(Node node) {
        return new Showing(node).showing.getReadOnlyProperty();
    }

    /// Listens to the visibility of the node and each parent, and to who the parents are: a node moved elsewhere
    /// has other parents to watch.
    private void watch() {
        watched.unsubscribe();
        var subscriptions = new ArrayList<Subscription>();
        subscriptions.add(node.sceneProperty().subscribe((was, now) -> update()));
        for (var n = node; n != null; n = n.getParent()) {
            subscriptions.add(n.visibleProperty().subscribe((was, now) -> update()));
            subscriptions.add(n.parentProperty().subscribe((was, now) -> watch()));
        }
        watched = Subscription.combine(subscriptions.toArray(Subscription[]::new));
        update();
    }

    private void update() {
        showing.set(shown());
    }

    private boolean shown() {
        if (node.getScene() == null) {
            return false;
        }

        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
