package dev.orrery.runtime.token;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/// Time-based one-time codes (RFC 6238) so the console can show the admin's current second factor.
///
/// @param algorithm the HMAC name: `HmacSHA1` (what authenticator apps and the auth-service use), `HmacSHA256`
///     or `HmacSHA512`
public record Totp(byte[] secret, String algorithm, int digits, Duration step) {
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public Totp {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("TOTP codes have 6 to 8 digits, not " + digits);
        }
        secret = secret.clone();
    }

    /// The defaults of authenticator apps: SHA-1, 6 digits, 30 seconds.
    public static Totp standard(String base32Secret) {
        return new Totp(Base32.decode(base32Secret), "HmacSHA1", 6, Duration.ofSeconds(30));
    }

    public String codeAt(Instant time) {
        long counter = Math.floorDiv(time.getEpochSecond(), step.toSeconds());
        byte[] mac = hmac(ByteBuffer.allocate(8).putLong(counter).array());
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24)
                | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8)
                | (mac[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /// How long the code shown at `time` stays valid.
    public Duration remainingAt(Instant time) {
        long seconds = step.toSeconds();
        return Duration.ofSeconds(seconds - Math.floorMod(time.getEpochSecond(), seconds));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "Totp[" + algorithm + ", " + digits + " digits, " + step + "]";
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot compute " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
