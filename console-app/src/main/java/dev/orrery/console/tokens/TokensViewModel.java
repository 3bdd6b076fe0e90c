package dev.orrery.console.tokens;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.token.BadTokenKind;
import dev.orrery.runtime.token.DemoAccount;
import dev.orrery.runtime.token.Privilege;
import dev.orrery.runtime.token.TokenTtl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Tokens view's state and actions: logging in, issuing, listing and spoiling tokens, decoding, and the second
/// factor. Properties are read and changed on the JavaFX thread; disk and network work runs on `background` and
/// comes back through the pulse.
public final class TokensViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TokensViewModel.class);

    private final Cluster cluster;
    private final DataFolder dataFolder;
    private final TokenShelf shelf;
    private final UiPulse pulse;
    private final Executor background;
    private final Clock clock;
    private final TokenDecoder decoder = new TokenDecoder();
    private final SecondFactorModel secondFactor;
    private final TokenTrial trial;
    private final LoginModel login;
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final List<PrivilegeChoice> privileges = Arrays.stream(Privilege.values())
            .map(p -> new PrivilegeChoice(
                    p.claim(), new SimpleBooleanProperty(p.claim().endsWith(":read"))))
            .toList();
    private final StringProperty subject = new SimpleStringProperty("student");
    private final StringProperty audience = new SimpleStringProperty("orrery-services");
    private final StringProperty lifetime = new SimpleStringProperty("10m");
    private final ObservableList<TokenRow> tokens = FXCollections.observableArrayList();
    private final List<HeldToken> held = new ArrayList<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private Optional<ClusterTokens> material = Optional.empty();

    public TokensViewModel(
            Cluster cluster, DataFolder dataFolder, TokenShelf shelf, UiPulse pulse, Executor background) {
        this.cluster = cluster;
        this.dataFolder = dataFolder;
        this.shelf = shelf;
        this.pulse = pulse;
        this.background = background;
        this.clock = Clock.systemUTC();
        this.secondFactor = new SecondFactorModel(clock);
        this.trial = new TokenTrial(cluster, pulse, background);
        this.login = new LoginModel(cluster, pulse, background, secondFactor, this::received);
    }

    /// Reads the cluster's keys and demo users (again), e.g. when the view is shown or a cluster started.
    public void refresh() {
        run(() -> ClusterTokens.load(dataFolder), loaded -> {
            material = Optional.of(loaded);
            users.setAll(loaded.accounts().stream().map(DemoAccount::id).toList());
            login.use(loaded);
            decoder.use(loaded);
            secondFactor.use(loaded.secondFactorAccount());
            ready.set(true);
        });
    }

    /// Called every second: time left of each token and the current one-time code.
    public void tick() {
        secondFactor.tick();
        var now = clock.instant();
        var rows = held.reversed().stream().map(h -> h.row(now)).toList();
        if (rows.size() != tokens.size()) {
            tokens.setAll(rows);
            return;
        }
        // Row by row, so that a selected row stays selected while its time left counts down.
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).equals(tokens.get(i))) {
                tokens.set(i, rows.get(i));
            }
        }
    }

    /// Issues a token directly with the chosen subject, privileges, audience and lifetime (no password needed:
    /// the console holds the cluster's signing key).
    public void issue() {
        if (material.isEmpty()) {
            return;
        }
        Duration ttl;
        try {
            ttl = TokenTtl.parse(lifetime.get());
        } catch (IllegalArgumentException e) {
            problem.set("Lifetime: " + e.getMessage());
            return;
        }
        try {
            var chosen = chosenPrivileges();
            var token = material.get()
                    .issuer()
                    .issue(subject.get().strip(), chosen, audience.get().strip(), ttl);
            received(token.compact(), token.subject(), "issued");
        } catch (IllegalArgumentException e) {
            problem.set("Cannot issue: " + e.getMessage());
        }
    }

    /// Makes a token of the chosen kind that the services must refuse, and decodes it.
    public void makeBad(BadChoice choice) {
        if (material.isEmpty()) {
            return;
        }
        var kind = BadTokenKind.valueOf(choice.key());
        var maker = material.get().badTokens();
        var who = subject.get().isBlank() ? "student" : subject.get().strip();
        var chosen = chosenPrivileges();
        run(() -> maker.make(kind, who, chosen), token -> received(token, who, "spoiled: " + kind.title()));
    }

    private List<Privilege> chosenPrivileges() {
        return privileges.stream()
                .filter(p -> p.selected().get())
                .map(p -> Privilege.fromClaim(p.claim()).orElseThrow())
                .toList();
    }

    private void received(String compact, String who, String origin) {
        problem.set("");
        held.add(new HeldToken(compact, who, origin, decodeExpiry(compact)));
        shelf.hold(compact, who + " · " + origin);
        decoder.inputProperty().set(compact);
        trial.clear();
        tick();
    }

    private Optional<Instant> decodeExpiry(String compact) {
        return material.flatMap(m -> m.inspector().inspect(compact).expiresAt());
    }

    /// Sends the decoded token to a heroes-service endpoint and shows the answer.
    public void tryDecodedToken() {
        trial.tryToken(decoder.inputProperty().get().strip());
    }

    private <T> void run(Supplier<T> work, Consumer<T> done) {
        CompletableFuture.supplyAsync(work, background)
                .whenComplete((value, error) -> pulse.post(() -> {
                    if (error != null) {
                        LOG.warn("Token work failed", error);
                        problem.set(messageOf(error));
                        return;
                    }
                    done.accept(value);
                }));
    }

    static String messageOf(Throwable error) {
        var cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause()
                : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public List<BadChoice> badChoices() {
        return Arrays.stream(BadTokenKind.values())
                .map(k -> new BadChoice(k.name(), k.title(), k.how(), TokenDecoder.title(k.expectedProblem())))
                .toList();
    }

    public TokenDecoder decoder() {
        return decoder;
    }

    public SecondFactorModel secondFactor() {
        return secondFactor;
    }

    public LoginModel login() {
        return login;
    }

    public TokenTrial trial() {
        return trial;
    }

    public ObservableList<String> users() {
        return users;
    }

    public List<PrivilegeChoice> privileges() {
        return privileges;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty audienceProperty() {
        return audience;
    }

    public StringProperty lifetimeProperty() {
        return lifetime;
    }

    /// The tokens of this session, newest first.
    public ObservableList<TokenRow> tokens() {
        return tokens;
    }

    /// The last thing that went wrong, in words; empty when all is well.
    public StringProperty problemProperty() {
        return problem;
    }

    /// Whether the cluster's keys have been read.
    public BooleanProperty readyProperty() {
        return ready;
    }

    public TokenShelf shelf() {
        return shelf;
    }
}
