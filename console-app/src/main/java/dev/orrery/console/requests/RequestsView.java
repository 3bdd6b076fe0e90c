package dev.orrery.console.requests;

import dev.orrery.console.tokens.TeachStyle;
import dev.orrery.console.ui.EmptyState;
import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// The Requests view (FXML controller of `requests.fxml`), bound to [RequestsViewModel].
public final class RequestsView {

    private final RequestsViewModel model;
    private final EmptyState empty = new EmptyState(
            Feather.SEND,
            "Nothing to send to yet",
            "Start a cluster: requests go through its gateway or to one instance.");

    @FXML
    private StackPane root;

    @FXML
    private VBox content;

    @FXML
    private ComboBox<String> methodPicker;

    @FXML
    private ComboBox<Target> targetPicker;

    @FXML
    private TextField pathField;

    @FXML
    private Button sendButton;

    @FXML
    private Spinner<Integer> repeatSpinner;

    @FXML
    private Button repeatButton;

    @FXML
    private Label problemLabel;

    @FXML
    private CheckBox tokenCheck;

    @FXML
    private Label tokenLabel;

    @FXML
    private TextArea headersArea;

    @FXML
    private TextArea bodyArea;

    @FXML
    private Button curlButton;

    @FXML
    private Label curlLabel;

    @FXML
    private ListView<HistoryEntry> historyList;

    @FXML
    private Label statusPill;

    @FXML
    private Label summaryLabel;

    @FXML
    private Label servedByLabel;

    @FXML
    private Label repeatLabel;

    @FXML
    private TextArea replyHeadersArea;

    @FXML
    private TextArea replyBodyArea;

    public RequestsView(RequestsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TeachStyle.url());
        root.getChildren().add(empty);
        empty.visibleProperty().bind(Bindings.isEmpty(model.targets()));
        content.visibleProperty().bind(empty.visibleProperty().not());
        bindComposer();
        bindReply();
    }

    private void bindComposer() {
        methodPicker.getItems().setAll("GET", "POST", "PUT", "PATCH", "DELETE");
        methodPicker.valueProperty().bindBidirectional(model.methodProperty());
        targetPicker.setItems(model.targets());
        targetPicker.valueProperty().bindBidirectional(model.targetProperty());
        pathField.textProperty().bindBidirectional(model.pathProperty());
        headersArea.textProperty().bindBidirectional(model.headersProperty());
        bodyArea.textProperty().bindBidirectional(model.bodyProperty());
        Icons.decorate(sendButton, Feather.SEND, "Send the request (Enter)");
        sendButton.disableProperty().bind(model.busyProperty());
        sendButton.setOnAction(e -> model.send());
        repeatSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 100, 10));
        repeatSpinner
                .getValueFactory()
                .valueProperty()
                .subscribe(v -> model.repeatsProperty().set(v));
        Icons.decorate(repeatButton, Feather.REPEAT, "Send it this many times: which instances answer, do they agree?");
        repeatButton.disableProperty().bind(model.busyProperty());
        repeatButton.setOnAction(e -> model.repeat());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.managedProperty().bind(model.problemProperty().isNotEmpty());
        tokenCheck.selectedProperty().bindBidirectional(model.withTokenProperty());
        tokenCheck.disableProperty().bind(model.tokenLabelProperty().isEmpty());
        tokenLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.tokenLabelProperty().get().isEmpty()
                                ? "No token yet: get one on the Tokens view."
                                : model.tokenLabelProperty().get(),
                        model.tokenLabelProperty()));
        curlLabel.textProperty().bind(model.curlProperty());
        Icons.decorate(curlButton, Feather.COPY, "Copy this request as a curl command, token included");
        curlButton.setOnAction(e -> copy(model.curlToCopy()));
        historyList.setItems(model.history());
        historyList.setPlaceholder(new Label("Requests you send are listed here."));
        historyList.setOnMouseClicked(e -> {
            var entry = historyList.getSelectionModel().getSelectedItem();
            if (entry != null && e.getClickCount() == 2) {
                model.restore(entry);
            }
        });
    }

    private static void copy(String text) {
        if (text.isEmpty()) {
            return;
        }
        var clip = new ClipboardContent();
        clip.putString(text);
        Clipboard.getSystemClipboard().setContent(clip);
    }

    private void bindReply() {
        statusPill
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.statusProperty().get() == 0
                                ? "—"
                                : Integer.toString(model.statusProperty().get()),
                        model.statusProperty()));
        model.statusProperty().subscribe(s -> ToneBadge.applyTone(statusPill, tone(s.intValue())));
        summaryLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.summaryProperty().get().isEmpty()
                                ? "Send a request to see the answer."
                                : model.summaryProperty().get(),
                        model.summaryProperty()));
        servedByLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.servedByProperty().get().isEmpty()
                                ? ""
                                : "X-Served-By: " + model.servedByProperty().get(),
                        model.servedByProperty()));
        servedByLabel.setGraphic(Icons.icon(Feather.SERVER));
        servedByLabel.visibleProperty().bind(model.servedByProperty().isNotEmpty());
        repeatLabel.textProperty().bind(model.repeatSummaryProperty());
        repeatLabel.managedProperty().bind(model.repeatSummaryProperty().isNotEmpty());
        replyHeadersArea.textProperty().bind(model.replyHeadersProperty());
        replyBodyArea.textProperty().bind(model.replyBodyProperty());
    }

    private static Tone tone(int status) {
        if (status == 0) {
            return Tone.IDLE;
        }
        return status < 300 ? Tone.GOOD : status < 500 ? Tone.WARN : Tone.BAD;
    }

    /// Builds the view from `requests.fxml` with this object as its controller.
    public Parent load() {
        var loader = new FXMLLoader(RequestsView.class.getResource("/dev/orrery/console/requests/requests.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the Requests view requests.fxml from the console jar", e);
        }
    }
}
