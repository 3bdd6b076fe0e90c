package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogFileTest {

    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path temp;

    @Test
    void rotatesIntoNumberedParts() throws IOException {
        var file = temp.resolve("heroes-1.log");
        try (var log = new RotatingLogFile(file, 10, 2)) {
            for (var line : new String[] {"first line", "second line", "third line", "fourth"}) {
                assertThat(log.append(line)).isEmpty();
            }
        }

        assertThat(file).hasContent("fourth");
        assertThat(temp.resolve("heroes-1.log.1")).hasContent("third line");
        assertThat(temp.resolve("heroes-1.log.2")).hasContent("second line");
        assertThat(temp.resolve("heroes-1.log.3")).doesNotExist();
    }

    @Test
    void aFullDiskIsReportedOnceAndLinesAreDroppedWithoutFailing() throws IOException {
        assumeThat(DEV_FULL).exists();
        var file = Files.createSymbolicLink(temp.resolve("heroes-1.log"), DEV_FULL);
        try (var log = new RotatingLogFile(file, RotatingLogFile.DEFAULT_MAX_BYTES, 2, Duration.ofHours(1))) {
            var notice = log.append("Started HeroesApplication");

            assertThat(notice)
                    .hasValueSatisfying(n -> assertThat(n)
                            .contains(file.toString(), "disk is full", "No space left on device", "keeps running")
                            .contains("free space"));
            assertThat(log.failing()).isTrue();
            for (var i = 0; i < 100; i++) {
                assertThat(log.append("line " + i)).isEmpty();
            }
        }
    }

    @Test
    void writingResumesOnceTheDiskHasRoomAndSaysWhatIsMissing() throws IOException {
        assumeThat(DEV_FULL).exists();
        var file = Files.createSymbolicLink(temp.resolve("heroes-1.log"), DEV_FULL);
        try (var log = new RotatingLogFile(file, RotatingLogFile.DEFAULT_MAX_BYTES, 2, Duration.ZERO)) {
            assertThat(log.append("lost 1")).isPresent();
            assertThat(log.append("lost 2")).isEmpty();
            Files.delete(file);

            var notice = log.append("kept");

            assertThat(notice).hasValueSatisfying(n -> assertThat(n).contains("can be written again", "2 lines"));
            assertThat(log.failing()).isFalse();
            assertThat(log.append("kept too")).isEmpty();
        }
        assertThat(Files.readAllLines(file)).hasSize(3).endsWith("kept", "kept too");
        assertThat(DEV_FULL).exists();
    }
}
