package dev.orrery.runtime.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.token.ClusterKeys;
import dev.orrery.runtime.token.PasswordGenerator;
import dev.orrery.runtime.token.PasswordHash;
import dev.orrery.runtime.token.Pem;
import dev.orrery.runtime.topology.DemoUser;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;

/// The secrets of an exported cluster, made for the export alone: a new RSA 2048 key pair (never the local cluster's)
/// and the auth-service's users with new, long random passwords.
///
/// @param publicKeyPem verifies tokens; every secured service reads it
/// @param privateKeyPem signs tokens; only the auth-service reads it
/// @param usersFile the auth-service's users file (PBKDF2 hashes), docs/service-contract.md
/// @param passwordsFile the same users with their plain passwords and TOTP secrets, for the person deploying
/// @param keyId the `kid` of the new key pair
public record ExportSecrets(
        String publicKeyPem, String privateKeyPem, String usersFile, String passwordsFile, String keyId) {

    public static final String PUBLIC_KEY = "token-public.pem";
    public static final String PRIVATE_KEY = "token-private.pem";
    public static final String USERS = "auth-users.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /// A new key pair and one account per user.
    public static ExportSecrets generate(List<DemoUser> users) {
        var keys = ClusterKeys.of(newKeyPair());
        var hashed = JSON.createObjectNode();
        var plain = JSON.createObjectNode();
        var totp = new PasswordGenerator();
        for (var user : users) {
            var password = password();
            var secret = user.secondFactor() ? totp.totpSecret() : "";
            addUser(
                    hashed,
                    user,
                    secret,
                    (node, u) -> node.put(
                            "passwordHash", PasswordHash.create(password).encoded()));
            addUser(plain, user, secret, (node, u) -> node.put("password", password));
        }
        return new ExportSecrets(
                keys.publicKeyPem(), Pem.encodePrivate(keys.privateKey()), text(hashed), text(plain), keys.keyId());
    }

    private static void addUser(
            ObjectNode root, DemoUser user, String totpSecret, BiConsumer<ObjectNode, DemoUser> secret) {
        var node = root.withArray("users").addObject().put("id", user.id());
        secret.accept(node, user);
        var privileges = node.putArray("privileges");
        user.privileges().forEach(privileges::add);
        if (!totpSecret.isEmpty()) {
            node.put("totpSecret", totpSecret);
        }
    }

    private static String password() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static java.security.KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM cannot create RSA keys", e);
        }
    }

    private static String text(ObjectNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write users as JSON", e);
        }
    }

    @Override
    public String toString() {
        // Never print the private key or a password.
        return "ExportSecrets[kid=" + keyId + "]";
    }
}
