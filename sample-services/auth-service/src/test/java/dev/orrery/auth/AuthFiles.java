package dev.orrery.auth;

import dev.orrery.auth.user.PasswordHash;
import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.PemKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/// Secret files for tests, written owner-only like the runtime writes them: a fresh RSA key pair and a users file
/// with `student` (password `student-pw`) and `admin` (password `admin-pw`, TOTP secret [#ADMIN_TOTP]).
public final class AuthFiles {

    /// Base32 TOTP secret of `admin` (the RFC 6238 SHA-1 seed).
    public static final String ADMIN_TOTP = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    public final Path folder;
    public final Path privateKey;
    public final Path publicKey;
    public final Path usersFile;
    public final KeyPair keys;

    private AuthFiles(Path folder, KeyPair keys) {
        this.folder = folder;
        this.keys = keys;
        this.privateKey = folder.resolve("token-private.pem");
        this.publicKey = folder.resolve("token-public.pem");
        this.usersFile = folder.resolve("auth-users.json");
    }

    public static AuthFiles create() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var files = new AuthFiles(Files.createTempDirectory("orrery-auth-test"), generator.generateKeyPair());
            // Deleted in reverse order of registration: the files, then their folder.
            files.folder.toFile().deleteOnExit();
            KeyFiles.writeOwnerOnly(files.privateKey, PemKeys.toPem(files.keys.getPrivate()));
            files.privateKey.toFile().deleteOnExit();
            KeyFiles.writeOwnerOnly(files.publicKey, PemKeys.toPem(files.keys.getPublic()));
            files.publicKey.toFile().deleteOnExit();
            KeyFiles.writeOwnerOnly(files.usersFile, usersJson());
            files.usersFile.toFile().deleteOnExit();
            return files;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot create the test's secret files", e);
        }
    }

    public static String usersJson() {
        return """
                {"users": [
                  {"id": "student", "passwordHash": "%s", "privileges": ["heroes:read", "threats:read"]},
                  {"id": "admin", "passwordHash": "%s", "privileges": ["heroes:read", "heroes:write"],
                   "totpSecret": "%s", "note": "fields the service does not know are ignored"}
                ]}
                """.formatted(hash("student-pw"), hash("admin-pw"), ADMIN_TOTP);
    }

    private static String hash(String password) {
        return PasswordHash.of(password, new byte[16], 1000).encoded();
    }
}
