package dev.orrery.console.tokens;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The token the learner holds now: the last one they logged in for, issued or spoiled. The request composer
/// offers it and the lesson checks use it.
///
/// Readable and changed from any thread; its label is observed on the JavaFX thread.
public final class TokenShelf {

    private final AtomicReference<Optional<String>> token = new AtomicReference<>(Optional.empty());
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");

    /// Holds this token from now on; `description` says what it is, e.g. "student, from auth-service".
    public void hold(String compact, String description) {
        token.set(Optional.of(compact));
        onFxThread(() -> label.set(description));
    }

    /// Holds no token any more, e.g. when a lesson starts afresh.
    public void clear() {
        token.set(Optional.empty());
        onFxThread(() -> label.set(""));
    }

    private static void onFxThread(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    }

    /// The token held now; safe on any thread.
    public Optional<String> current() {
        return token.get();
    }

    /// What the held token is, empty while there is none.
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }
}
