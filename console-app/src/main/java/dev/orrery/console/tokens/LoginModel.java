package dev.orrery.console.tokens;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.request.RequestSender;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The login walk-through: a demo user logs in through auth-service; a user with a second factor gets a challenge
/// and then sends the current one-time code. Each request and answer is kept as a [LoginStep].
public final class LoginModel {

    /// Called on the JavaFX thread with a token, its subject and where it came from.
    @FunctionalInterface
    interface TokenReceiver {
        void received(String compact, String subject, String origin);
    }

    private final Cluster cluster;
    private final UiPulse pulse;
    private final Executor background;
    private final SecondFactorModel secondFactor;
    private final TokenReceiver receiver;
    private final LoginFlow flow = new LoginFlow(RequestSender.local(Duration.ofSeconds(10)));
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty codeNeeded = new SimpleBooleanProperty();
    private final ObservableList<LoginStep> steps = FXCollections.observableArrayList();
    private Optional<ClusterTokens> material = Optional.empty();
    private Optional<String> challenge = Optional.empty();
    private String authBase = "";

    LoginModel(
            Cluster cluster,
            UiPulse pulse,
            Executor background,
            SecondFactorModel secondFactor,
            TokenReceiver receiver) {
        this.cluster = cluster;
        this.pulse = pulse;
        this.background = background;
        this.secondFactor = secondFactor;
        this.receiver = receiver;
        user.addListener((o, before, now) -> fillPassword());
    }

    void use(ClusterTokens loaded) {
        material = Optional.of(loaded);
        if (user.get().isBlank() && !loaded.accounts().isEmpty()) {
            user.set(loaded.accounts().getFirst().id());
        }
        fillPassword();
    }

    private void fillPassword() {
        password.set(material.flatMap(m -> m.account(user.get()))
                .map(a -> a.password())
                .orElse(""));
    }

    /// Step 1: `POST /auth` with the chosen user's password.
    public void logIn() {
        var base = AuthEndpoint.baseUrl(cluster.snapshot());
        if (base.isEmpty()) {
            message.set("auth-service is not running: start the Lesson 4 · Tokens topology first.");
            return;
        }

        authBase = base.get();
        steps.clear();
        codeNeeded.set(false);
        var who = user.get();
        var secret = password.get();
        send(() -> flow.password(authBase, who, secret), who);
    }

    /// Step 2: `POST /auth/second-factor` with the challenge and the code typed (or the current one).
    public void sendCode() {
        if (challenge.isEmpty()) {
            return;
        }
        var typed = code.get().strip();
        var sent = typed.isEmpty() ? secondFactor.currentCode().orElse("") : typed;
        var pending = challenge.get();
        var who = user.get();
        send(() -> flow.secondFactor(authBase, pending, sent), who);
    }

    private void send(Supplier<LoginFlow.Outcome> work, String who) {
        busy.set(true);
        message.set("");
        CompletableFuture.supplyAsync(work, background)
                .whenComplete((outcome, error) -> pulse.post(() -> {
                    busy.set(false);
                    if (error != null) {
                        message.set(TokensViewModel.messageOf(error));
                        return;
                    }
                    steps.add(outcome.step());
                    challenge = outcome.challenge();
                    codeNeeded.set(challenge.isPresent());
                    code.set(challenge.isPresent() ? secondFactor.currentCode().orElse("") : "");
                    outcome.token().ifPresent(token -> receiver.received(token, who, "logged in"));
                }));
    }

    public StringProperty userProperty() {
        return user;
    }

    /// The chosen demo user's generated password (shown, since it only guards a local teaching cluster).
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /// Why logging in cannot start, or what went wrong; empty when all is well.
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /// Whether auth-service asked for a one-time code.
    public BooleanProperty codeNeededProperty() {
        return codeNeeded;
    }

    public ObservableList<LoginStep> steps() {
        return steps;
    }
}
