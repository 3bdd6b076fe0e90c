package dev.orrery.console.lessons;

import dev.orrery.console.tokens.TeachStyle;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// The Lessons view (FXML controller of `lessons.fxml`), bound to [LessonsViewModel].
public final class LessonsView {

    private final LessonsViewModel model;

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
        model.steps().addListener((ListChangeListener<StepItem>) c -> showSteps());
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
        stepBox.getChildren().setAll(model.steps().stream().map(this::stepCard).toList());
        stepsTitle.setText(
                model.activeProperty().get()
                        ? "Your turn — each step is checked on the live cluster"
                        : "Your turn — press “Start this lesson” first; its steps are then checked on the live cluster");
    }

    private VBox stepCard(StepItem step) {
        var state = step.state() == StepState.CURRENT && !model.activeProperty().get() ? StepState.LATER : step.state();
        var badge = new ToneBadge(tone(state), (step.index() + 1) + " · " + step.title());
        badge.getStyleClass().add("step-title");
        var text = new Label(step.text());
        text.setWrapText(true);
        var card = new VBox(badge, text);
        card.getStyleClass().addAll("step", "lesson-step");
        card.setId("step-" + (step.index() + 1));
        if (!step.actionLabel().isEmpty()) {
            var button = new Button(step.actionLabel());
            Icons.decorate(button, Feather.ZAP, "Do it on the live cluster");
            button.setDisable(!model.activeProperty().get() || step.state() == StepState.LATER);
            button.setOnAction(e -> model.act(step.index()));
            var row = new HBox(button, hint(step.actionResult()));
            row.getStyleClass().add("actions");
            card.getChildren().add(row);
        }
        if (!step.observation().isEmpty()) {
            card.getChildren()
                    .add(hint((step.state() == StepState.DONE ? "Confirmed: " : "Seen: ") + step.observation()));
        }
        return card;
    }

    private static Label hint(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }

    private static Tone tone(StepState state) {
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
