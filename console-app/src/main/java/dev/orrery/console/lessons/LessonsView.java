package dev.orrery.console.lessons;

import dev.orrery.console.tokens.TeachStyle;
import dev.orrery.console.ui.Confirmation;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// The Lessons view (FXML controller of `lessons.fxml`), bound to [LessonsViewModel].
public final class LessonsView {

    private final LessonsViewModel model;
    private final java.util.List<StepCard> cards = new java.util.ArrayList<>();

    @FXML
    private HBox root;

    @FXML
    private ListView<LessonItem> lessonList;

    @FXML
    private Label titleLabel;

    @FXML
    private Button startButton;

    @FXML
    private Label statusLabel;

    @FXML
    private Label textLabel;

    @FXML
    private Label stepsTitle;

    @FXML
    private VBox stepBox;

    public LessonsView(LessonsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TeachStyle.url());
        lessonList.setItems(model.lessons());
        lessonList.setCellFactory(list -> {
            var cell = new LessonCell();
            cell.prefWidthProperty().bind(list.widthProperty().subtract(20));
            return cell;
        });
        lessonList.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (item != null) {
                model.selectedProperty().set(item.number());
            }
        });
        model.lessons().addListener((ListChangeListener<LessonItem>) c -> keepSelection());
        model.selectedProperty().subscribe(n -> keepSelection());
        titleLabel.textProperty().bind(model.titleProperty());
        textLabel.textProperty().bind(model.textProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        statusLabel.visibleProperty().bind(model.statusProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        statusLabel.setGraphic(Icons.icon(Feather.LOADER));
        Icons.decorate(startButton, Feather.PLAY, "Stop the cluster, reset its data and start this lesson's topology");
        startButton.disableProperty().bind(model.startingProperty());
        startButton.setOnAction(e -> model.start());
        model.confirmationProperty().subscribe(message -> {
            if (!message.isEmpty()) {
                Platform.runLater(() -> confirm(message));
            }
        });
        model.steps().addListener((ListChangeListener<StepItem>) c -> showSteps());
    }

    private void confirm(String message) {
        if (model.confirmationProperty().get().isEmpty()) {
            return;
        }
        var owner = root.getScene() == null ? null : root.getScene().getWindow();
        var dialog = new Confirmation(owner, "Stop the running cluster?", message, "Stop it and start the lesson");
        if (dialog.ask()) {
            model.confirmStart();
        } else {
            model.cancelStart();
        }
    }

    private void keepSelection() {
        var number = model.selectedProperty().get();
        for (int i = 0; i < model.lessons().size(); i++) {
            if (model.lessons().get(i).number() == number
                    && lessonList.getSelectionModel().getSelectedIndex() != i) {
                lessonList.getSelectionModel().select(i);
            }
        }
    }

    private void showSteps() {
        var items = model.steps();
        if (cards.size() != items.size()) {
            cards.clear();
            items.forEach(item -> cards.add(new StepCard(item.index(), model::act)));
            stepBox.getChildren().setAll(cards.stream().map(StepCard::node).toList());
        }
        // Updated in place, so that a button stays where the learner is about to click it.
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var state =
                    item.state() == StepState.CURRENT && !model.activeProperty().get() ? StepState.LATER : item.state();
            cards.get(i).show(item, tone(state), model.activeProperty().get());
        }
        stepsTitle.setText(
                model.activeProperty().get()
                        ? "Your turn — each step is checked on the live cluster"
                        : "Your turn — press “Start this lesson” first;"
                                + " its steps are then checked on the live cluster");
    }

    static Tone tone(StepState state) {
        return switch (state) {
            case DONE -> Tone.GOOD;
            case CURRENT -> Tone.BUSY;
            case LATER -> Tone.IDLE;
        };
    }

    /// A lesson in the list: its title, with its progress below and a check mark once completed.
    private static final class LessonCell extends ListCell<LessonItem> {
        @Override
        protected void updateItem(LessonItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var title = new ToneBadge(item.completed() ? Tone.GOOD : Tone.IDLE, item.number() + ". " + item.title());
            title.setWrapText(true);
            // Without a minimum height the cell keeps one line and cuts the title; two lines fit every title.
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.setTooltip(Icons.tooltip(item.number() + ". " + item.title()));
            title.maxWidthProperty().bind(widthProperty().subtract(24));
            var progress = new Label(item.progress());
            progress.getStyleClass().add("lesson-item-progress");
            var box = new VBox(title, progress);
            box.getStyleClass().add("lesson-item");
            setText(null);
            setGraphic(box);
        }
    }

    /// Builds the view from `lessons.fxml` with this object as its controller.
    public Parent load() {
        var loader = new FXMLLoader(LessonsView.class.getResource("/dev/orrery/console/lessons/lessons.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the Lessons view lessons.fxml from the console jar", e);
        }
    }
}
