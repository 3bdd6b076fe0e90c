package dev.orrery.console.data;

import dev.orrery.console.tokens.TeachStyle;
import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Showing;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// The Data view (FXML controller of `data.fxml`), bound to [DataViewModel].
public final class DataView {

    private final DataViewModel model;
    private final EmptyState empty =
            new EmptyState(Feather.DATABASE, "No data yet", "Start a cluster to see what its services store.");

    @FXML
    private StackPane root;

    @FXML
    private VBox content;

    @FXML
    private Label title;

    @FXML
    private Label caption;

    @FXML
    private Label problemLabel;

    @FXML
    private SplitPane databasePane;

    @FXML
    private ListView<CollectionItem> collectionList;

    @FXML
    private TextArea documentsArea;

    @FXML
    private ScrollPane memoryPane;

    @FXML
    private HBox answerBox;

    public DataView(DataViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TeachStyle.url());
        root.getChildren().add(empty);
        model.modeProperty().subscribe(this::showMode);
        caption.textProperty().bind(model.captionProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.managedProperty().bind(model.problemProperty().isNotEmpty());
        collectionList.setItems(model.collections());
        collectionList.setPlaceholder(new Label("The database has no collections yet."));
        collectionList.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (item != null && item != model.selectedProperty().get()) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().subscribe(item -> {
            if (item != collectionList.getSelectionModel().getSelectedItem()) {
                collectionList.getSelectionModel().select(item);
            }
        });
        documentsArea.textProperty().bind(model.documentsProperty());
        model.answers().addListener((ListChangeListener<InstanceAnswer>) c -> showAnswers());
        Showing.of(root).subscribe(model::shown);
    }

    private void showMode(DataMode mode) {
        empty.setVisible(mode == DataMode.NO_CLUSTER);
        content.setVisible(mode != DataMode.NO_CLUSTER);
        databasePane.setVisible(mode == DataMode.DATABASE);
        databasePane.setManaged(mode == DataMode.DATABASE);
        memoryPane.setVisible(mode == DataMode.MEMORY);
        memoryPane.setManaged(mode == DataMode.MEMORY);
        title.setText(mode == DataMode.MEMORY ? "In-memory data, instance by instance" : "The shared database");
    }

    private void showAnswers() {
        answerBox
                .getChildren()
                .setAll(model.answers().stream().map(DataView::answerCard).toList());
    }

    private static VBox answerCard(InstanceAnswer answer) {
        var heading = new Label(answer.title());
        heading.getStyleClass().add("card-title");
        var body = new TextArea(answer.body());
        body.setEditable(false);
        body.getStyleClass().add("mono");
        VBox.setVgrow(body, Priority.ALWAYS);
        var card = new VBox(heading, body);
        card.getStyleClass().add("card");
        card.setMinWidth(300);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    /// Builds the view from `data.fxml` with this object as its controller.
    public Parent load() {
        var loader = new FXMLLoader(DataView.class.getResource("/dev/orrery/console/data/data.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the Data view data.fxml from the console jar", e);
        }
    }
}
