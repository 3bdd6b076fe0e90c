package dev.orrery.auth.token;

import dev.orrery.auth.setup.AuthSetupException;
import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.KeyIds;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

/// The cluster's RSA key pair as the auth-service uses it: the private key signs, the public key (derived from the
/// private one, so the two can never disagree) goes into the JWK set, and the key id goes into every token.
///
/// @param privateKey the signing key
/// @param publicKey  the matching public key
/// @param keyId      the `kid` of tokens, derived from the public key as the support library does for verifiers
public record SigningKey(PrivateKey privateKey, RSAPublicKey publicKey, String keyId) {

    /// Reads the PKCS#8 PEM private key in `file`, which has passed the secret-file checks.
    public static SigningKey read(Path file) {
        PrivateKey privateKey;
        try {
            privateKey = KeyFiles.readPrivateKey(file);
        } catch (IllegalStateException e) {
            throw new AuthSetupException(
                    e.getMessage(),
                    "Point orrery.security.private-key-file at the cluster's RSA private key in PKCS#8 PEM form"
                            + " ('BEGIN PRIVATE KEY').",
                    e);
        }
        return of(privateKey);
    }

    /// The key pair of an RSA private key that carries its public exponent (as PKCS#8 RSA keys do).
    public static SigningKey of(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
            throw new AuthSetupException(
                    "The private key is not an RSA key with its public part (CRT form).",
                    "Use an RSA private key in PKCS#8 PEM form ('BEGIN PRIVATE KEY'), as Orrery's runtime writes.");
        }
        try {
            var spec = new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent());
            var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
            return new SigningKey(privateKey, publicKey, KeyIds.of(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the RSA public key from the private key", e);
        }
    }

    @Override
    public String toString() {
        // Never print the private key.
        return "SigningKey[kid=" + keyId + ", " + publicKey.getModulus().bitLength() + " bits]";
    }
}
