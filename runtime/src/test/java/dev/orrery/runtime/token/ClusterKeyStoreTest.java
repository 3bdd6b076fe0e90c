package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterKeyStoreTest {
    @TempDir
    Path data;

    @Test
    void createsAnOwnerOnlyKeyPairOnceAndReadsItBack() throws Exception {
        Path keysFolder = data.resolve("keys");
        var store = new ClusterKeyStore(keysFolder);

        ClusterKeys created = store.loadOrCreate();
        ClusterKeys loaded = new ClusterKeyStore(keysFolder).loadOrCreate();

        assertThat(loaded.keyId()).isEqualTo(created.keyId());
        assertThat(loaded.privateKey().getEncoded())
                .isEqualTo(created.privateKey().getEncoded());
        assertThat(Files.readString(store.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(store.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.privateKeyFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.publicKeyFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keysFolder)))
                .isEqualTo("rwx------");
        try (var files = Files.list(keysFolder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("token-private.pem", "token-public.pem");
        }
    }
}
