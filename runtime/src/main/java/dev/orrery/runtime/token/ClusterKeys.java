package dev.orrery.runtime.token;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/// The cluster's signing key pair and its key id (`kid`).
///
/// The key id is the first 16 characters of the unpadded base64url SHA-256 of the public key's X.509 encoding, so
/// anyone holding the public key can compute it (docs/service-contract.md).
public record ClusterKeys(KeyPair keyPair, String keyId) {

    public static ClusterKeys of(KeyPair keyPair) {
        return new ClusterKeys(keyPair, keyIdOf(keyPair.getPublic()));
    }

    public static String keyIdOf(PublicKey publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM lacks SHA-256", e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    public String publicKeyPem() {
        return Pem.encodePublic(publicKey());
    }

    @Override
    public String toString() {
        // Never print the private key.
        return "ClusterKeys[kid=" + keyId + "]";
    }
}
