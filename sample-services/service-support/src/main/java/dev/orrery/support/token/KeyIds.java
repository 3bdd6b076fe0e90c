package dev.orrery.support.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/// Derives the key id (`kid`) of a public key: the first 16 characters of the unpadded base64url SHA-256 of its
/// X.509 (DER) encoding, so issuer and services agree on it without sharing anything but the public key.
public final class KeyIds {

    private static final int LENGTH = 16;

    private KeyIds() {}

    /// The key id of a public key.
    public static String of(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM offers no SHA-256, which every Java runtime must have", e);
        }
    }
}
