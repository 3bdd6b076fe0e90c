package dev.orrery.console.shell;

import static dev.orrery.console.WindowLooks.click;
import static dev.orrery.console.WindowLooks.onFx;
import static dev.orrery.console.WindowLooks.present;
import static dev.orrery.console.WindowLooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.control.ControlClient;
import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.supervisor.PortChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/// The console open on a data folder where `orrery up` (a child process running the real command) then starts a
/// small cluster: it attaches by itself, shows the instances UP with a badge naming `orrery up`, drives them through
/// the control API, refuses to start another topology, and closing it leaves the cluster running. A console opened
/// while the cluster runs attaches at start-up, and notices when `orrery down` ends the cluster.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachToOrreryUpIT {
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(4);
    private static final FxRobot robot = new FxRobot();

    private static Path folder;
    private static Process up;
    private static Preferences preferences;
    private static Console console;
    private static Stage window;
    private static final List<Long> clusterPids = new ArrayList<>();

    @BeforeAll
    static void openTheConsoleThenStartOrreryUp() throws Exception {
        folder = Files.createTempDirectory("orrery-attach-console-it");
        var topology = folder.resolve("small.yaml");
        var registryPort = PortChecker.freePort(Set.of());
        Files.writeString(topology, """
                name: attach-console-it
                registry:
                  port: %d
                gateway:
                  port: %d
                services:
                  heroes-service:
                    kind: builtin
                    instances: 1
                    storage: memory
                """.formatted(registryPort, PortChecker.freePort(Set.of(registryPort))));
        var data = folder.resolve("data");
        preferences = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
        FxToolkit.registerPrimaryStage();
        openConsole();

        up = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.orrery.runtime.cli.OrreryCli",
                        "up",
                        "--data",
                        data.toString(),
                        "--topology",
                        topology.toString())
                .redirectOutput(folder.resolve("up.out").toFile())
                .redirectErrorStream(true)
                .start();
        await().atMost(UP_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(up.isAlive())
                    .as("orrery up runs; its output:%n%s", upOutput())
                    .isTrue();
            return control().map(c -> c.status().state().equals("RUNNING")).orElse(false);
        });
        rememberPids();
    }

    private static void rememberPids() {
        control().orElseThrow().status().instances().forEach(i -> {
            if (i.pid() != null) {
                clusterPids.add(i.pid());
            }
        });
    }

    private static void openConsole() throws Exception {
        var runtime = RuntimeAccess.local(new DataFolder(folder.resolve("data")));
        assertThat(runtime.unavailable())
                .as("service jars: build them with ./mvnw -DskipTests install")
                .isEmpty();
        FxToolkit.setupStage(stage -> show(stage, runtime));
    }

    private static void show(Stage stage, RuntimeAccess runtime) {
        window = stage;
        console = new Console(new ConsolePreferences(preferences), Duration.ofMillis(100), runtime, url -> {});
        var shell = console.shellView(stage);
        var scene = new Scene(shell.load(), 1280, 800);
        console.appearance().applyTo(scene.getRoot());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (console != null) {
                robot.interact(() -> console.close());
                FxToolkit.hideStage();
            }
            if (up.isAlive()) {
                control().ifPresent(ControlClient::stop);
                up.waitFor(90, TimeUnit.SECONDS);
            }
        } finally {
            if (up.isAlive()) {
                up.destroyForcibly();
                up.waitFor(30, TimeUnit.SECONDS);
            }
            clusterPids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            if (preferences != null) {
                preferences.removeNode();
            }
        }
    }

    @Test
    @Order(1)
    void consoleAttachesByItselfAndShowsTheInstancesUpWithABadge() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> text("#state-heroes-service-1").orElse("").equals("UP")
                        && text("#state-gateway").orElse("").equals("UP")
                        && text("#state-registry").orElse("").equals("UP"));

        assertThat(text("#attach-badge")).contains("Attached to 'orrery up' (pid " + up.pid() + ")");
        assertThat(present("#attach-badge")).isTrue();
        assertThat(console.attached()).isTrue();
        assertThat(console.shellModel().healthProperty().get()).isEqualTo("3 of 3 UP");
    }

    @Test
    @Order(2)
    void startIsRefusedSayingWhoRunsTheCluster() {
        assertThat(onFx(() -> console.shellModel().canStartProperty().get())).isFalse();
        assertThat(onFx(() -> console.shellModel().startBlockedReasonProperty().get()))
                .contains("'orrery up' (pid " + up.pid() + ")");
        assertThat(onFx(() -> console.shellModel().canStopProperty().get())).isTrue();
    }

    @Test
    @Order(3)
    void rowButtonsStopAndStartAnInstanceThroughOrreryUp() {
        click("#stop-heroes-service-1");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> text("#state-heroes-service-1").orElse("").equals("STOPPED"));
        assertThat(control().orElseThrow().status().instances())
                .anySatisfy(i -> assertThat(i.id() + " " + i.state()).isEqualTo("heroes-service-1 STOPPED"));

        click("#start-heroes-service-1");

        await().atMost(UP_TIMEOUT)
                .until(() -> text("#state-heroes-service-1").orElse("").equals("UP"));
        rememberPids();
    }

    @Test
    @Order(4)
    void closingTheConsoleLeavesTheClusterRunning() throws Exception {
        assertThat(onFx(() -> console.mayClose(window)))
                .as("no 'stop and quit' question")
                .isTrue();

        robot.interact(() -> console.close());
        console = null;
        FxToolkit.hideStage();

        assertThat(up.isAlive()).isTrue();
        var status = control().orElseThrow().status();
        assertThat(status.state()).isEqualTo("RUNNING");
        assertThat(status.instances()).hasSize(3).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo("UP");
            assertThat(ProcessHandle.of(i.pid()).map(ProcessHandle::isAlive))
                    .as("process of %s", i.id())
                    .isEqualTo(Optional.of(true));
        });
    }

    @Test
    @Order(5)
    void consoleNoticesWhenOrreryUpEndsAndMayStartAgain() throws Exception {
        openConsole();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> text("#attach-badge").orElse("").contains("pid " + up.pid()));

        control().orElseThrow().stop();

        assertThat(up.waitFor(90, TimeUnit.SECONDS)).as("orrery up ends").isTrue();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> onFx(
                        () -> console.shellModel().attachmentProperty().get().isEmpty()
                                && console.shellModel().phaseProperty().get() == ClusterPhase.STOPPED));
        assertThat(present("#attach-badge")).isFalse();
        assertThat(onFx(() -> console.shellModel().problemProperty().get()))
                .contains("'orrery up' (pid " + up.pid() + ") ended");
        assertThat(onFx(() -> console.shellModel().startBlockedReasonProperty().get()))
                .doesNotContain("orrery up");
        assertThat(console.attached()).isFalse();
    }

    private static Optional<ControlClient> control() {
        return ControlClient.find(RunFiles.of(folder.resolve("data")), Duration.ofSeconds(10));
    }

    private static String upOutput() throws IOException {
        return Files.readString(folder.resolve("up.out"));
    }
}
