package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.orrery.runtime.topology.TopologyDamage;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/// `orrery up` with a topology file that the parser rejects: exit code 1, the problems with `file:line:column` on
/// stderr, and nothing started — not even the data folder is created, so no process, lock or log can exist.
class DamagedTopologyUpTest {

    private static final Pattern LOCATED_LINE = Pattern.compile("(?m)^.*topology\\.yaml:[0-9]+:[0-9]+: .+$");

    @Property(tries = 60)
    void aRejectedTopologyStartsNothing(@ForAll("damaged") TopologyDamage.Damaged damaged) throws IOException {
        var folder = Files.createTempDirectory("orrery-damaged");
        try {
            var file = folder.resolve("topology.yaml");
            Files.write(file, damaged.text().getBytes(StandardCharsets.UTF_8));
            Assume.that(isRejected(file));
            var data = folder.resolve("data");

            var err = new StringWriter();
            int code = assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> OrreryCli.run(
                            new String[] {"up", "--data", data.toString(), "--topology", file.toString()},
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(err)));

            assertThat(code).isEqualTo(1);
            assertThat(err.toString())
                    .containsPattern(LOCATED_LINE)
                    .contains("nothing was started")
                    .doesNotContain("Exception", "\tat ");
            assertThat(data).doesNotExist();
        } finally {
            deleteTree(folder);
        }
    }

    private static boolean isRejected(Path file) {
        try {
            new TopologyParser().read(file);
            return false;
        } catch (TopologyException e) {
            return true;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Provide
    Arbitrary<TopologyDamage.Damaged> damaged() {
        return TopologyDamage.damagedPresets();
    }
}
