package dev.orrery.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterDataResetTest {

    @TempDir
    Path root;

    @Test
    void deletesDatabaseAndLogsButKeepsKeys() throws IOException {
        var folder = new DataFolder(root);
        Files.createDirectories(folder.db().resolve("h2"));
        Files.writeString(folder.db().resolve("h2/orrery.mv.db"), "data");
        Files.writeString(folder.logs().resolve("heroes-service-1.log"), "line");
        Files.writeString(folder.keys().resolve("token-private.pem"), "key");

        new ClusterDataReset(folder).reset();

        assertThat(folder.db()).isEmptyDirectory();
        assertThat(folder.logs()).isEmptyDirectory();
        assertThat(folder.keys().resolve("token-private.pem")).hasContent("key");
    }
}
