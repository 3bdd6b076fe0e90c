package dev.orrery.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void defaultLocationFollowsEachSystemsConvention() {
        var home = Path.of("/home/ada");

        assertThat(DataFolder.defaultRoot("Linux", Map.of(), home)).isEqualTo(home.resolve(".local/share/orrery"));
        assertThat(DataFolder.defaultRoot("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/orrery"));
        assertThat(DataFolder.defaultRoot("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/Orrery"));
        assertThat(DataFolder.defaultRoot("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/ada/AppData/Local"), home))
                .isEqualTo(Path.of("C:/Users/ada/AppData/Local/Orrery"));
    }

    @Test
    void secretsAreOwnerOnlyAndWritesReplaceWholeFiles() throws IOException {
        var folder = new DataFolder(temp);
        var key = folder.keys().resolve("private.pem");

        DataFolder.writeSecret(key, "first");
        DataFolder.writeSecret(key, "second");

        assertThat(key).hasContent("second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.keys())))
                .isEqualTo("rwx------");
        try (var files = Files.list(folder.keys())) {
            assertThat(files).containsExactly(key);
        }
    }
}
