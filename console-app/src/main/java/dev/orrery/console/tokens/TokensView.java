package dev.orrery.console.tokens;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Showing;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/// The Tokens view (FXML controller of `tokens.fxml`), bound to [TokensViewModel]. Created in code and handed to
/// the loader, so it gets its view model through its constructor.
public final class TokensView {

    private final TokensViewModel model;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    @FXML
    private TabPane root;

    @FXML
    private ComboBox<String> userPicker;

    @FXML
    private TextField passwordField;

    @FXML
    private Button loginButton;

    @FXML
    private Label loginMessage;

    @FXML
    private HBox codeRow;

    @FXML
    private TextField codeField;

    @FXML
    private Button codeButton;

    @FXML
    private VBox loginSteps;

    @FXML
    private TextField subjectField;

    @FXML
    private FlowPane privilegeBoxes;

    @FXML
    private TextField audienceField;

    @FXML
    private TextField lifetimeField;

    @FXML
    private Button issueButton;

    @FXML
    private MenuButton badMenu;

    @FXML
    private Label issueMessage;

    @FXML
    private TableView<TokenRow> tokenTable;

    @FXML
    private TableColumn<TokenRow, String> subjectColumn;

    @FXML
    private TableColumn<TokenRow, String> originColumn;

    @FXML
    private TableColumn<TokenRow, String> leftColumn;

    @FXML
    private Label shelfLabel;

    @FXML
    private TextArea tokenInput;

    @FXML
    private Label verdict;

    @FXML
    private Label signatureLabel;

    @FXML
    private VBox problemList;

    @FXML
    private GridPane headerGrid;

    @FXML
    private GridPane claimsGrid;

    @FXML
    private Button tryButton;

    @FXML
    private Label tryResult;

    @FXML
    private Label factorUser;

    @FXML
    private ImageView qrImage;

    @FXML
    private Label codeLabel;

    @FXML
    private Label secondsLabel;

    @FXML
    private Label flowText;

    @FXML
    private TextField uriField;

    @FXML
    private Button factorLoginButton;

    @FXML
    private HBox factorCodeRow;

    @FXML
    private TextField factorCodeField;

    @FXML
    private Button factorCodeButton;

    @FXML
    private VBox factorSteps;

    public TokensView(TokensViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TeachStyle.url());
        bindLogin();
        bindIssue();
        bindDecoder();
        bindSecondFactor();
        clock.setCycleCount(Timeline.INDEFINITE);
        Showing.of(root).subscribe(shown -> {
            if (!shown) {
                clock.stop();
                return;
            }
            model.refresh();
            clock.play();
        });
    }

    private void tick() {
        model.tick();
    }

    private void bindLogin() {
        var login = model.login();
        userPicker.setItems(model.users());
        userPicker.valueProperty().bindBidirectional(login.userProperty());
        passwordField.textProperty().bindBidirectional(login.passwordProperty());
        Icons.decorate(loginButton, Feather.LOG_IN, "POST /auth with this user and password");
        loginButton
                .disableProperty()
                .bind(login.busyProperty().or(model.readyProperty().not()));
        loginButton.setOnAction(e -> login.logIn());
        loginMessage.textProperty().bind(login.messageProperty());
        codeRow.visibleProperty().bind(login.codeNeededProperty());
        codeRow.managedProperty().bind(codeRow.visibleProperty());
        codeField.textProperty().bindBidirectional(login.codeProperty());
        Icons.decorate(codeButton, Feather.SEND, "POST /auth/second-factor with the challenge and this code");
        codeButton.setOnAction(e -> login.sendCode());
        factorCodeRow.visibleProperty().bind(login.codeNeededProperty());
        factorCodeRow.managedProperty().bind(factorCodeRow.visibleProperty());
        factorCodeField.textProperty().bindBidirectional(login.codeProperty());
        Icons.decorate(factorCodeButton, Feather.SEND, "POST /auth/second-factor with the challenge and this code");
        factorCodeButton.setOnAction(e -> login.sendCode());
        login.steps().addListener((ListChangeListener<LoginStep>) c -> showSteps(loginSteps, login.steps()));
        login.steps().addListener((ListChangeListener<LoginStep>) c -> showSteps(factorSteps, login.steps()));
    }

    private static void showSteps(VBox box, java.util.List<LoginStep> steps) {
        box.getChildren().setAll(steps.stream().map(TokensView::stepNode).toList());
    }

    private static VBox stepNode(LoginStep step) {
        var title = new ToneBadge(step.ok() ? Tone.GOOD : Tone.BAD, step.title());
        title.getStyleClass().add("step-title");
        var request = new Label(step.request());
        request.getStyleClass().addAll("mono", "step-request");
        request.setWrapText(true);
        var answer = new Label(step.answer());
        answer.setWrapText(true);
        answer.getStyleClass().add("step-answer");
        var node = new VBox(title, request, answer);
        node.getStyleClass().add("step");
        return node;
    }

    private void bindIssue() {
        subjectField.textProperty().bindBidirectional(model.subjectProperty());
        audienceField.textProperty().bindBidirectional(model.audienceProperty());
        lifetimeField.textProperty().bindBidirectional(model.lifetimeProperty());
        for (var choice : model.privileges()) {
            var box = new CheckBox(choice.claim());
            box.selectedProperty().bindBidirectional(choice.selected());
            privilegeBoxes.getChildren().add(box);
        }
        Icons.decorate(issueButton, Feather.FEATHER, "Sign a token with these claims");
        issueButton.disableProperty().bind(model.readyProperty().not());
        issueButton.setOnAction(e -> model.issue());
        Icons.decorate(badMenu, Feather.ALERT_TRIANGLE, "Spoil a token in one way, to see the services refuse it");
        badMenu.disableProperty().bind(model.readyProperty().not());
        for (var choice : model.badChoices()) {
            var item = new MenuItem(choice.title() + " — " + choice.how());
            item.setId("bad-" + choice.key());
            item.setOnAction(e -> model.makeBad(choice));
            badMenu.getItems().add(item);
        }
        issueMessage.textProperty().bind(model.problemProperty());
        // Rows are records: their accessors are not JavaFX bean getters, so each column reads its field itself.
        subjectColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().subject()));
        originColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().origin()));
        leftColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().timeLeft()));
        tokenTable.setItems(model.tokens());
        tokenTable.setPlaceholder(new Label("No tokens yet: log in or issue one."));
        tokenTable.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                model.decoder().inputProperty().set(row.compact());
            }
        });
        shelfLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.shelf().labelProperty().get().isEmpty()
                                ? "The newest token is offered to the Requests view."
                                : "Offered to the Requests view: "
                                        + model.shelf().labelProperty().get(),
                        model.shelf().labelProperty()));
    }

    private void bindDecoder() {
        var decoder = model.decoder();
        tokenInput.textProperty().bindBidirectional(decoder.inputProperty());
        verdict.textProperty().bind(decoder.verdictProperty());
        decoder.validProperty().subscribe(this::showVerdictTone);
        decoder.verdictProperty()
                .subscribe(v -> showVerdictTone(decoder.validProperty().get()));
        signatureLabel.textProperty().bind(decoder.signatureProperty());
        decoder.problems().addListener((ListChangeListener<String>) c -> showProblems());
        decoder.header().addListener((ListChangeListener<ClaimRow>) c -> fill(headerGrid, decoder.header()));
        decoder.claims().addListener((ListChangeListener<ClaimRow>) c -> fill(claimsGrid, decoder.claims()));
        Icons.decorate(tryButton, Feather.SEND, "GET /heroes with this token; the service says whether it accepts it");
        tryButton.disableProperty().bind(decoder.decodedProperty().not());
        tryButton.setOnAction(e -> model.tryDecodedToken());
        tryResult.textProperty().bind(model.trial().resultProperty());
        model.trial()
                .statusProperty()
                .subscribe(status -> ToneBadge.applyTone(
                        tryResult,
                        status.intValue() == 0 ? Tone.IDLE : status.intValue() < 300 ? Tone.GOOD : Tone.BAD));
    }

    private void showVerdictTone(boolean valid) {
        var decoded = model.decoder().decodedProperty().get()
                || !model.decoder().problems().isEmpty();
        ToneBadge.applyTone(verdict, !decoded ? Tone.IDLE : valid ? Tone.GOOD : Tone.BAD);
        verdict.setGraphic(decoded ? Icons.icon(valid ? Tone.GOOD.icon() : Tone.BAD.icon()) : null);
    }

    private void showProblems() {
        problemList
                .getChildren()
                .setAll(model.decoder().problems().stream()
                        .map(text -> {
                            var label = new ToneBadge(Tone.BAD, text);
                            label.setWrapText(true);
                            label.getStyleClass().add("problem");
                            return label;
                        })
                        .toList());
    }

    private static void fill(GridPane grid, java.util.List<ClaimRow> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var name = new Label(row.name());
            name.getStyleClass().addAll("mono", "claim-name");
            var value = new Label(row.value());
            value.getStyleClass().addAll("mono", "claim-value");
            value.setWrapText(true);
            var meaning = new Label(row.meaning());
            meaning.getStyleClass().add("claim-meaning");
            meaning.setWrapText(true);
            grid.addRow(i, name, value, meaning);
        }
    }

    private void bindSecondFactor() {
        var factor = model.secondFactor();
        factorUser
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> factor.userProperty().get().isEmpty()
                                ? "No user with a second factor"
                                : "User '" + factor.userProperty().get() + "'",
                        factor.userProperty()));
        factor.qrProperty().subscribe(image -> qrImage.setImage(image.orElse(null)));
        codeLabel.textProperty().bind(factor.codeProperty());
        secondsLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> factor.codeProperty().get().isEmpty()
                                ? ""
                                : "valid for " + factor.secondsLeftProperty().get() + " more seconds",
                        factor.codeProperty(),
                        factor.secondsLeftProperty()));
        uriField.textProperty().bind(factor.uriProperty());
        flowText.setText(String.join(
                "\n",
                "1.  POST /auth {userId, password} — the password is right, but this user needs more:",
                "     auth-service answers {\"secondFactorRequired\": true, \"challenge\": \"…\"}.",
                "2.  The user reads the current code from the app (it is shown on the left).",
                "3.  POST /auth/second-factor {challenge, code} — auth-service computes the same code",
                "     from the shared secret and the time, and answers {\"jwtToken\": \"…\"}."));
        Icons.decorate(factorLoginButton, Feather.SHIELD, "Log in as this user: password first, then the code");
        factorLoginButton.disableProperty().bind(factor.userProperty().isEmpty());
        factorLoginButton.setOnAction(e -> {
            model.login().userProperty().set(factor.userProperty().get());
            model.login().logIn();
        });
    }

    /// Builds the view from `tokens.fxml` with this object as its controller.
    public Parent load() {
        var loader = new FXMLLoader(TokensView.class.getResource("/dev/orrery/console/tokens/tokens.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the Tokens view tokens.fxml from the console jar", e);
        }
    }
}
