package dev.orrery.support.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    private static final KeyPair KEYS = TestTokens.newKeyPair();

    @TempDir
    Path directory;

    @Test
    void publicAndPrivateKeysSurviveAPemRoundTrip() {
        Path publicFile = directory.resolve("public.pem");
        Path privateFile = directory.resolve("private.pem");
        KeyFiles.writeOwnerOnly(publicFile, PemKeys.toPem(KEYS.getPublic()));
        KeyFiles.writeOwnerOnly(privateFile, PemKeys.toPem(KEYS.getPrivate()));

        assertThat(KeyFiles.readPublicKey(publicFile)).isEqualTo(KEYS.getPublic());
        assertThat(KeyFiles.readPrivateKey(privateFile)).isEqualTo(KEYS.getPrivate());
    }

    @Test
    void writesOwnerOnlyFiles() throws Exception {
        Path file = directory.resolve("keys/private.pem");
        KeyFiles.writeOwnerOnly(file, PemKeys.toPem(KEYS.getPrivate()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void namesTheFileAndFormatButNotTheKeyWhenTheFormatIsWrong() throws Exception {
        Path file = directory.resolve("swapped.pem");
        String privatePem = PemKeys.toPem(KEYS.getPrivate());
        Files.writeString(file, privatePem);

        assertThatThrownBy(() -> KeyFiles.readPublicKey(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("BEGIN PUBLIC KEY")
                .hasMessageNotContaining(privatePem.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void pointsPkcs1KeysToTheConversion() {
        assertThatThrownBy(() ->
                        PemKeys.privateKey("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
                .hasMessageContaining("openssl pkcs8");
    }

    @Test
    void keyIdIsSixteenBase64UrlCharactersOfTheKeysDigest() {
        String keyId = KeyIds.of(KEYS.getPublic());

        assertThat(keyId).hasSize(16).matches("[A-Za-z0-9_-]{16}");
        assertThat(KeyIds.of(TestTokens.newKeyPair().getPublic())).isNotEqualTo(keyId);
    }
}
