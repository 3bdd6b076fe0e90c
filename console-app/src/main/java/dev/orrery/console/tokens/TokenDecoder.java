package dev.orrery.console.tokens;

import dev.orrery.runtime.token.TokenInspection;
import dev.orrery.runtime.token.TokenProblem;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Decodes the token in its input and explains it: header, claims with their meaning, the signature's status and
/// every reason the services would refuse it. Lives on the JavaFX thread; inspecting is pure computation.
public final class TokenDecoder {

    private final StringProperty input = new SimpleStringProperty("");
    private final ObservableList<ClaimRow> header = FXCollections.observableArrayList();
    private final ObservableList<ClaimRow> claims = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty verdict = new SimpleStringProperty("Paste a token, or get one on the left.");
    private final StringProperty signature = new SimpleStringProperty("");
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final BooleanProperty decoded = new SimpleBooleanProperty();
    private Optional<ClusterTokens> tokens = Optional.empty();

    TokenDecoder() {
        input.addListener((o, before, now) -> decode());
    }

    void use(ClusterTokens loaded) {
        tokens = Optional.of(loaded);
        decode();
    }

    private void decode() {
        var text = input.get().strip();
        if (text.startsWith("Bearer ")) {
            text = text.substring("Bearer ".length()).strip();
        }
        if (text.isEmpty() || tokens.isEmpty()) {
            clear(text.isEmpty() ? "Paste a token, or get one on the left." : "Reading the cluster's keys…");
            return;
        }

        show(tokens.get().inspector().inspect(text));
    }

    private void show(TokenInspection inspection) {
        header.setAll(rows(inspection.header()));
        claims.setAll(rows(inspection.claims()));
        problems.setAll(inspection.problems().stream()
                .map(p -> title(p) + ": " + p.explanation())
                .toList());
        valid.set(inspection.valid());
        decoded.set(!inspection.problems().contains(TokenProblem.MALFORMED));
        signature.set(signatureText(inspection));
        verdict.set(
                inspection.valid()
                        ? "Valid: the services would accept this token."
                        : "Refused: the services would answer 401 ("
                                + inspection.problems().size() + " problem"
                                + (inspection.problems().size() == 1 ? "" : "s") + ").");
    }

    private static String signatureText(TokenInspection inspection) {
        if (inspection.signatureVerified()) {
            return "Signature verified with the cluster's public key (kid "
                    + inspection.header().get("kid") + ").";
        }
        return inspection.problems().stream()
                .filter(p -> p != TokenProblem.EXPIRED && p != TokenProblem.NOT_YET_VALID)
                .filter(p -> p != TokenProblem.WRONG_AUDIENCE && p != TokenProblem.WRONG_ISSUER)
                .findFirst()
                .map(p -> "Signature not verified: " + p.explanation() + ".")
                .orElse("Signature not verified.");
    }

    /// A problem's name as the view shows it, e.g. "Bad signature".
    static String title(TokenProblem problem) {
        var words = problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static java.util.List<ClaimRow> rows(Map<String, Object> fields) {
        return fields.entrySet().stream()
                .map(e -> new ClaimRow(
                        e.getKey(), ClaimMeaning.show(e.getKey(), e.getValue()), ClaimMeaning.of(e.getKey())))
                .toList();
    }

    private void clear(String message) {
        header.clear();
        claims.clear();
        problems.clear();
        valid.set(false);
        decoded.set(false);
        signature.set("");
        verdict.set(message);
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ObservableList<ClaimRow> header() {
        return header;
    }

    public ObservableList<ClaimRow> claims() {
        return claims;
    }

    /// Every reason for refusal, e.g. "Expired: the token has expired …".
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    /// Whether the input could be read as a token at all.
    public BooleanProperty decodedProperty() {
        return decoded;
    }
}
