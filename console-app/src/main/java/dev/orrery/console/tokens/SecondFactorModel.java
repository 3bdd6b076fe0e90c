package dev.orrery.console.tokens;

import dev.orrery.runtime.token.DemoAccount;
import dev.orrery.runtime.token.Totp;
import java.time.Clock;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/// The second factor of the demo user that has one: the QR code an authenticator app scans and the code it shows
/// now (RFC 6238: HMAC-SHA1, 6 digits, 30 s). Lives on the JavaFX thread; [#tick()] is called every second.
public final class SecondFactorModel {

    private final Clock clock;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty uri = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final ObjectProperty<Optional<Image>> qr = new SimpleObjectProperty<>(Optional.empty());
    private Optional<Totp> totp = Optional.empty();

    SecondFactorModel(Clock clock) {
        this.clock = clock;
    }

    void use(Optional<DemoAccount> account) {
        totp = account.flatMap(DemoAccount::totpSecret).map(Totp::standard);
        user.set(account.map(DemoAccount::id).orElse(""));
        uri.set(account.flatMap(DemoAccount::otpauthUri).orElse(""));
        qr.set(account.flatMap(DemoAccount::otpauthUri).map(text -> QrCode.of(text, 220)));
        tick();
    }

    void tick() {
        var now = clock.instant();
        code.set(totp.map(t -> t.codeAt(now)).orElse(""));
        secondsLeft.set(totp.map(t -> (int) t.remainingAt(now).toSeconds()).orElse(0));
    }

    /// The current code, computed now (not the one last shown), e.g. for sending.
    Optional<String> currentCode() {
        return totp.map(t -> t.codeAt(clock.instant()));
    }

    /// The user with a second factor, empty when the cluster has none.
    public StringProperty userProperty() {
        return user;
    }

    /// The `otpauth://` URI the QR code holds.
    public StringProperty uriProperty() {
        return uri;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public IntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    public ObjectProperty<Optional<Image>> qrProperty() {
        return qr;
    }
}
