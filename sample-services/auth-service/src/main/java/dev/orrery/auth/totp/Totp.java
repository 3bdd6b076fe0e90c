package dev.orrery.auth.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/// Time-based one-time codes as in RFC 6238 with the parameters authenticator apps use by default: HMAC-SHA-1,
/// 30-second steps counted from the Unix epoch, 6 digits.
public final class Totp {

    /// Length of one time step in seconds.
    public static final long STEP_SECONDS = 30;

    /// Steps before and after the current one that are also accepted, for clocks that are a little apart.
    public static final int ACCEPTED_DRIFT = 1;

    private static final int DIGITS = 6;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /// The time step that `time` falls in.
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /// The 6-digit code of `step`.
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /// The code of `step` with `digits` digits (RFC 4226 dynamic truncation).
    static String code(byte[] secret, long step, int digits) {
        var hash =
                hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        var code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /// The step whose code `code` is, among the current step and [#ACCEPTED_DRIFT] steps either side; empty when
    /// it is none of them. All candidates are compared in constant time.
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        var offered = code.strip().getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        var matched = OptionalLong.empty();
        for (long step = current - ACCEPTED_DRIFT; step <= current + ACCEPTED_DRIFT; step++) {
            var expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, offered) && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM offers no HmacSHA1, which every Java runtime has", e);
        }
    }
}
