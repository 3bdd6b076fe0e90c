package dev.orrery.auth.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/// A stored password hash: PBKDF2 with HMAC-SHA256, written `pbkdf2-sha256$<iterations>$<salt>$<key>` with the
/// salt and the 256-bit derived key in standard base64 (docs/service-contract.md).
public final class PasswordHash {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] key;

    private PasswordHash(int iterations, byte[] salt, byte[] key) {
        this.iterations = iterations;
        this.salt = salt;
        this.key = key;
    }

    /// Parses the stored form.
    ///
    /// @throws IllegalArgumentException saying which part is malformed (never echoing the value)
    public static PasswordHash parse(String encoded) {
        var parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("expected " + SCHEME + "$<iterations>$<salt base64>$<key base64>");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count is not a number");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("the iteration count must be positive");
        }
        try {
            var decoder = Base64.getDecoder();
            return new PasswordHash(iterations, decoder.decode(parts[2]), decoder.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the salt or the key is not standard base64");
        }
    }

    /// Hashes `password` with a given salt; used for users' hashes in tests and for the stand-in hash that keeps
    /// the time of a login with an unknown user equal to one with a known user.
    public static PasswordHash of(String password, byte[] salt, int iterations) {
        return new PasswordHash(iterations, salt.clone(), derive(password, salt, iterations));
    }

    /// Whether `password` is the one hashed here; compares in constant time.
    public boolean matches(String password) {
        return MessageDigest.isEqual(key, derive(password, salt, iterations));
    }

    public int iterations() {
        return iterations;
    }

    /// The stored form.
    public String encoded() {
        var encoder = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(key);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM offers no PBKDF2WithHmacSHA256, which every Java runtime has", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
    }
}
