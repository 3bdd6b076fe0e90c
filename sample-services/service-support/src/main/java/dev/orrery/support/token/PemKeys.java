package dev.orrery.support.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/// Converts RSA keys between PEM text and Java keys: `BEGIN PUBLIC KEY` (X.509) and `BEGIN PRIVATE KEY` (PKCS#8).
///
/// Error messages name the expected format but never include key material.
public final class PemKeys {

    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PemKeys() {}

    /// Reads an RSA public key from PEM text (`-----BEGIN PUBLIC KEY-----`, X.509 SubjectPublicKeyInfo).
    ///
    /// @throws IllegalArgumentException if the text is not such a key
    public static PublicKey publicKey(String pem) {
        byte[] der = body(pem, PUBLIC_LABEL);
        try {
            return rsa().generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The PEM block is not an RSA public key (X.509): " + e.getMessage(), e);
        }
    }

    /// Reads an RSA private key from PEM text (`-----BEGIN PRIVATE KEY-----`, unencrypted PKCS#8).
    ///
    /// @throws IllegalArgumentException if the text is not such a key
    public static PrivateKey privateKey(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("The private key is in PKCS#1 form ('BEGIN RSA PRIVATE KEY'); convert it"
                    + " to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out new.pem");
        }

        byte[] der = body(pem, PRIVATE_LABEL);
        try {
            return rsa().generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "The PEM block is not an RSA private key (PKCS#8): " + e.getMessage(), e);
        }
    }

    /// Writes a public key as PEM text (X.509), lines of 64 characters.
    public static String toPem(PublicKey key) {
        return armor(PUBLIC_LABEL, key.getEncoded());
    }

    /// Writes a private key as PEM text (PKCS#8), lines of 64 characters.
    public static String toPem(PrivateKey key) {
        return armor(PRIVATE_LABEL, key.getEncoded());
    }

    private static byte[] body(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Expected a PEM block between '" + begin + "' and '" + end + "'");
        }

        String base64 =
                WHITESPACE.matcher(pem.substring(from + begin.length(), to)).replaceAll("");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The PEM block '" + label + "' is not valid base64", e);
        }
    }

    private static String armor(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
