package dev.orrery.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverTempFilesTest {

    @TempDir
    Path data;

    @Test
    void oldHalfWrittenFilesGoAndEverythingElseStays() throws IOException {
        var oldSecret = old(Files.writeString(
                Files.createDirectories(data.resolve("keys")).resolve(".private.pem.8412390019.tmp"), "half"));
        var oldProbe = old(Files.writeString(data.resolve(".write-probe-77.tmp"), ""));
        var oldPid = old(Files.writeString(
                Files.createDirectories(data.resolve("run")).resolve(".heroes-service-1.pid.5.tmp"), "12"));
        var fresh = Files.writeString(data.resolve("keys/.users.json.991.tmp"), "being written now");
        var key = old(Files.writeString(data.resolve("keys/private.pem"), "key"));
        var database = old(Files.writeString(
                Files.createDirectories(data.resolve("db")).resolve(".orrery.mv.db.12.tmp"), "not ours"));
        var notTemporary = old(Files.writeString(data.resolve(".notes.tmp"), "no digits"));

        var removed = new LeftoverTempFiles(Duration.ofMinutes(10)).sweep(data);

        assertThat(removed).isEqualTo(3);
        assertThat(oldSecret).doesNotExist();
        assertThat(oldProbe).doesNotExist();
        assertThat(oldPid).doesNotExist();
        assertThat(fresh).exists();
        assertThat(key).hasContent("key");
        assertThat(database).exists();
        assertThat(notTemporary).exists();
    }

    @Test
    void aMissingDataFolderIsNothingToSweep() {
        assertThat(new LeftoverTempFiles(Duration.ZERO).sweep(data.resolve("missing")))
                .isZero();
    }

    private static Path old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }
}
