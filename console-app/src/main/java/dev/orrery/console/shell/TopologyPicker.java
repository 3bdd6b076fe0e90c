package dev.orrery.console.shell;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/// Keeps the header's topology picker in step with the view model: the presets and opened files, plus a last
/// entry "Open file…" that asks for a file instead of selecting itself.
final class TopologyPicker {

    static final TopologyChoice OPEN_FILE = new TopologyChoice("Open file…", "");

    private final ComboBox<TopologyChoice> picker;
    private final ShellViewModel model;
    private final Runnable openFile;
    private final ObservableList<TopologyChoice> items = FXCollections.observableArrayList();
    private boolean updating;

    TopologyPicker(ComboBox<TopologyChoice> picker, ShellViewModel model, Runnable openFile) {
        this.picker = picker;
        this.model = model;
        this.openFile = openFile;
    }

    void bind() {
        picker.setItems(items);
        refill();
        model.topologies().addListener((ListChangeListener<TopologyChoice>) change -> refill());
        model.topologyProperty().subscribe(choice -> select(choice));
        picker.valueProperty().addListener((obs, was, now) -> picked(was, now));
        picker.disableProperty().bind(model.phaseProperty().isNotEqualTo(ClusterPhase.STOPPED));
    }

    private void refill() {
        updating = true;
        items.setAll(model.topologies());
        items.add(OPEN_FILE);
        picker.setValue(model.topologyProperty().get());
        updating = false;
    }

    private void select(TopologyChoice choice) {
        updating = true;
        picker.setValue(choice);
        updating = false;
    }

    private void picked(TopologyChoice was, TopologyChoice now) {
        if (updating) {
            return;
        }

        if (OPEN_FILE.equals(now)) {
            select(was);
            openFile.run();
            return;
        }
        model.topologyProperty().set(now);
    }
}
