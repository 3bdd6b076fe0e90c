package dev.orrery.runtime.token;

import dev.orrery.runtime.data.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Loads the cluster's key pair from its keys folder, creating it on first use.
///
/// Files: `token-private.pem` (PKCS#8) and `token-public.pem` (X.509), owner-only, the folder `rwx------`.
public final class ClusterKeyStore {
    public static final String PRIVATE_KEY_FILE = "token-private.pem";
    public static final String PUBLIC_KEY_FILE = "token-public.pem";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterKeyStore.class);

    private final Path keysFolder;

    public ClusterKeyStore(Path keysFolder) {
        this.keysFolder = keysFolder;
    }

    public Path privateKeyFile() {
        return keysFolder.resolve(PRIVATE_KEY_FILE);
    }

    public Path publicKeyFile() {
        return keysFolder.resolve(PUBLIC_KEY_FILE);
    }

    /// The key pair, created (RSA 2048) and stored when the folder has none yet.
    public synchronized ClusterKeys loadOrCreate() {
        if (Files.isRegularFile(privateKeyFile()) && Files.isRegularFile(publicKeyFile())) {
            return load();
        }

        ClusterKeys keys = ClusterKeys.of(generate());
        PrivateFolder.create(keysFolder);
        DataFolder.writeSecret(publicKeyFile(), keys.publicKeyPem());
        DataFolder.writeSecret(privateKeyFile(), Pem.encodePrivate(keys.privateKey()));
        LOG.info("Created the cluster's token key pair (kid {}) in {}", keys.keyId(), keysFolder);
        return keys;
    }

    private ClusterKeys load() {
        try {
            var privateKey = Pem.decodePrivate(Files.readString(privateKeyFile()));
            var publicKey = Pem.decodePublic(Files.readString(publicKeyFile()));
            return ClusterKeys.of(new KeyPair(publicKey, privateKey));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read the cluster's key pair in " + keysFolder + " (" + e.getMessage()
                            + "); delete both token-*.pem files to create a new pair",
                    e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM cannot create RSA keys", e);
        }
    }
}
