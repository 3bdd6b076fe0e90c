package dev.orrery.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClients;
import dev.orrery.runtime.supervisor.PortChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// `kill -9` of the console while its cluster starts: the console runs in a JVM of its own ([KillableConsole]) on
/// a topology with the database, the registry and a service that takes its time to become ready, and is killed
/// once the database answers. Nothing of that cluster may outlive it, and the next console on the same data folder
/// must start cleanly and still find what was written to the database before.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleKilledWhileStartingIT {

    private static final String DATABASE = "kill-it";
    private static final String STARTING = """
            name: killed-while-starting
            registry:
              port: %d
            database:
              engine: java
              port: %d
            services:
              sleepy:
                kind: command
                command: python3 -u -c "import time; time.sleep(600)" {port}
                readiness: {http: /}
            """;
    private static final String STEADY = """
            name: started-again
            registry:
              port: %d
            database:
              engine: java
              port: %d
            """;

    private static Path data;
    private static Path starting;
    private static Path steady;
    private static int databasePort;
    private static String preferences;
    private static final List<Process> consoles = new ArrayList<>();
    private static final Set<Long> clusterPids = new HashSet<>();

    @BeforeAll
    static void topologies() throws IOException {
        var folder = Files.createTempDirectory("orrery-console-kill-it");
        data = folder.resolve("data");
        var registryPort = PortChecker.freePort(Set.of());
        databasePort = PortChecker.freePort(Set.of(registryPort));
        starting = Files.writeString(folder.resolve("starting.yaml"), STARTING.formatted(registryPort, databasePort));
        steady = Files.writeString(folder.resolve("steady.yaml"), STEADY.formatted(registryPort, databasePort));
        preferences = "dev/orrery/console-test/" + UUID.randomUUID();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (var console : consoles) {
            console.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        for (var pid : clusterPids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        Preferences.userRoot().node(preferences).removeNode();
    }

    @Test
    @Order(1)
    void killMinusNineWhileTheClusterStartsLeavesNoProcessBehind() throws Exception {
        var console = console(starting, "first");
        await().atMost(Duration.ofSeconds(120))
                .until(() -> output("first").contains("instance database UP")
                        && output("first").contains("instance sleepy-1 STARTING"));
        writeBeforeTheKill();
        var before = descendants(console);

        assertThat(output("first")).contains("cluster STARTING").doesNotContain("cluster RUNNING");
        assertThat(before).as("database, registry and service processes").hasSizeGreaterThanOrEqualTo(3);
        clusterPids.addAll(before);
        console.destroyForcibly();

        assertThat(console.waitFor(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(alive(before))
                        .as("processes of the killed console's cluster")
                        .isEmpty());
        assertThat(processesMentioning(data)).isEmpty();
    }

    @Test
    @Order(2)
    void theNextStartOnTheSameFolderSucceedsAndFindsTheDataWrittenBefore() throws Exception {
        var console = console(steady, "second");
        await().atMost(Duration.ofSeconds(180))
                .until(() -> output("second").contains("cluster RUNNING") || !console.isAlive());
        assertThat(output("second")).contains("cluster RUNNING");
        var again = descendants(console);
        clusterPids.addAll(again);

        try (var client = MongoClients.create("mongodb://127.0.0.1:" + databasePort)) {
            var notes = client.getDatabase(DATABASE).getCollection("notes");
            assertThat(notes.find(new Document("_id", "before-kill")).first())
                    .isNotNull()
                    .containsEntry("text", "written while the cluster started, just before kill -9");
        }

        console.destroy();
        assertThat(console.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(console.exitValue()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> alive(again).isEmpty());
    }

    private static void writeBeforeTheKill() {
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + databasePort)) {
            var notes = client.getDatabase(DATABASE).getCollection("notes");
            notes.insertOne(new Document("_id", "before-kill")
                    .append("text", "written while the cluster started, just before kill -9"));
        }
    }

    private static Process console(Path topology, String name) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot", "target/preferences"),
                "-cp",
                System.getProperty("java.class.path"),
                KillableConsole.class.getName(),
                data.toString(),
                topology.toString(),
                preferences));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(outputFile(name).toFile())
                .start();
        consoles.add(process);
        return process;
    }

    private static Path outputFile(String name) {
        return data.resolveSibling("console-" + name + ".out");
    }

    private static String output(String name) throws IOException {
        var file = outputFile(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static Set<Long> descendants(Process process) {
        var pids = new HashSet<Long>();
        process.toHandle().descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    private static List<Long> alive(Set<Long> pids) {
        return pids.stream()
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .toList();
    }

    /// Processes whose command line names the data folder (the cluster's components get paths inside it).
    private static List<String> processesMentioning(Path folder) {
        var text = folder.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(text)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList();
    }
}
