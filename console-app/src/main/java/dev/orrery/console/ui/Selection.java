package dev.orrery.console.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The instance selected anywhere in the console (table, graphs, logs), so that a click selects it everywhere,
/// and the way to ask the window to show one instance's logs.
public final class Selection {

    private final ObjectProperty<String> instance = new SimpleObjectProperty<>("");
    private Consumer<String> logOpener = id -> instance.set(id);

    /// The selected instance's id, e.g. `heroes-service-2`; empty when none is selected.
    public ObjectProperty<String> instanceProperty() {
        return instance;
    }

    /// Selects the instance and shows its logs.
    public void openLogs(String instanceId) {
        instance.set(instanceId);
        logOpener.accept(instanceId);
    }

    /// Set once by the window: how to bring the logs view to the front.
    public void onOpenLogs(Consumer<String> opener) {
        this.logOpener = id -> {
            instance.set(id);
            opener.accept(id);
        };
    }
}
