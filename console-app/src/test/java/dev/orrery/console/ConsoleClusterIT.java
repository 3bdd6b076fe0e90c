package dev.orrery.console;

import static dev.orrery.console.WindowLooks.click;
import static dev.orrery.console.WindowLooks.present;
import static dev.orrery.console.WindowLooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.routing.LoadForm;
import dev.orrery.console.shell.Console;
import dev.orrery.console.shell.ConsolePreferences;
import dev.orrery.console.shell.RuntimeAccess;
import dev.orrery.console.shell.ShellView;
import dev.orrery.console.shell.TopologyChoice;
import dev.orrery.console.shell.ViewId;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.supervisor.PortChecker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/// The whole console on one small real cluster (registry, gateway, one in-memory heroes-service instance), driven
/// through its window like a user would. The tests run in order on the same cluster, which starts on a free port
/// for its gateway: the port its topology names is held by the test.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleClusterIT {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(4);

    private static final FxRobot robot = new FxRobot();
    private static Path folder;
    private static ServerSocket takenGatewayPort;
    private static Preferences preferences;
    private static Console console;
    private static ShellView shell;

    @BeforeAll
    static void startConsole() throws Exception {
        folder = Files.createTempDirectory("orrery-console-it");
        var topology = folder.resolve("small.yaml");
        Files.writeString(topology, """
                name: console-it
                registry:
                  port: %d
                gateway:
                  port: %d
                services:
                  heroes-service:
                    kind: builtin
                    instances: 1
                    storage: memory
                    restart:
                      mode: never
                """.formatted(PortChecker.freePort(Set.of()), takenPort()));
        preferences = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
        var runtime = RuntimeAccess.local(new DataFolder(folder.resolve("data")));
        assertThat(runtime.unavailable())
                .as("service jars: build them with ./mvnw -DskipTests install")
                .isEmpty();

        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> show(stage, runtime, topology));
        robot.interact(() -> {
            var model = console.shellModel();
            var choice = new TopologyChoice("small", topology.toString());
            model.topologies().add(choice);
            model.topologyProperty().set(choice);
            console.menu().start();
        });
    }

    private static void show(Stage stage, RuntimeAccess runtime, Path topology) {
        console = new Console(new ConsolePreferences(preferences), Duration.ofMillis(100), runtime, url -> {});
        shell = console.shellView(stage);
        var scene = new Scene(shell.load(), 1280, 800);
        console.appearance().applyTo(scene.getRoot());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void stopConsole() throws Exception {
        try {
            console.cluster()
                    .ifPresent(c -> c.stop().orTimeout(90, TimeUnit.SECONDS).join());
        } finally {
            takenGatewayPort.close();
            robot.interact(() -> console.close());
            FxToolkit.hideStage();
            preferences.removeNode();
        }
    }

    /// A port that something else listens on, as when another program on the machine already uses 8080.
    private static int takenPort() throws IOException {
        takenGatewayPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return takenGatewayPort.getLocalPort();
    }

    private static void showView(ViewId view) {
        robot.interact(() -> shell.currentViewProperty().set(view));
    }

    @Test
    @Order(0)
    void aTakenPortIsNamedAndTheClusterStartsOnFreePortsWithOneClick() {
        var taken = takenGatewayPort.getLocalPort();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(present("#problem-fix"))
                        .as(
                                "a fix offered for: %s (fix: %s)",
                                console.shellModel().problemProperty().get(),
                                console.shellModel().problemFixProperty().get())
                        .isTrue());
        assertThat(console.shellModel().problemProperty().get())
                .startsWith("Nothing was started: port " + taken + " (gateway) is in use by pid "
                        + ProcessHandle.current().pid())
                .contains("Start on free ports to run the gateway on ")
                .doesNotContain("--gateway-port");
        assertThat(console.cluster().orElseThrow().snapshot().instances())
                .as("nothing started")
                .isEmpty();

        click("#problem-fix");

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !console.cluster().orElseThrow().snapshot().instances().isEmpty());
        var gateway =
                console.cluster().orElseThrow().snapshot().component("gateway").orElseThrow();
        assertThat(gateway.instances().getFirst().port()).isNotEqualTo(taken);
        assertThat(present("#problem-fix")).isFalse();
    }

    @Test
    @Order(1)
    void clusterTableShowsEveryInstanceReachingUp() {
        showView(ViewId.CLUSTER);

        await().atMost(UP_TIMEOUT)
                .until(() -> text("#state-heroes-service-1").orElse("").equals("UP")
                        && text("#state-gateway").orElse("").equals("UP")
                        && text("#state-registry").orElse("").equals("UP"));
        assertThat(console.shellModel().healthProperty().get()).isEqualTo("3 of 3 UP");
    }

    @Test
    @Order(2)
    void scalingUpAddsAnInstanceToTheTableAndTheRegistryGraph() {
        showView(ViewId.CLUSTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> present("#scale-up-heroes-service"));
        click("#scale-up-heroes-service");

        await().atMost(UP_TIMEOUT)
                .until(() -> text("#state-heroes-service-2").orElse("").equals("UP"));
        showView(ViewId.REGISTRY);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> text(".registry-view #node-heroes-service-2 .graph-node-title")
                        .orElse("")
                        .endsWith("· UP"));
    }

    @Test
    @Order(3)
    void routingGraphCountsTrafficFromTheLoadGenerator() {
        showView(ViewId.ROUTING);
        robot.interact(
                () -> console.loadGenerator().orElseThrow().start(new LoadForm("GET", "/heroes", 20, 15, false)));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> text(".routing-view #edge-route_heroes-service_heroes-service-1 .graph-edge-label")
                        .orElse("")
                        .contains("rps"));
        assertThat(text(".routing-view .view-caption").orElse("")).contains("Live traffic through the gateway");
        robot.interact(() -> console.loadGenerator().orElseThrow().stop());
    }

    @Test
    @Order(4)
    void killingAnInstanceShowsItCrashedAndTheRegistryGraphLosesIt() {
        showView(ViewId.CLUSTER);
        click("#kill-heroes-service-2");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> text("#state-heroes-service-2").orElse("").startsWith("CRASHED"));
        showView(ViewId.REGISTRY);
        await().atMost(Duration.ofSeconds(60)).until(() -> !present(".registry-view #node-heroes-service-2"));
        assertThat(present(".registry-view #node-heroes-service-1")).isTrue();
    }

    @Test
    @Order(5)
    void stopButtonStopsTheRealInstance() {
        showView(ViewId.CLUSTER);
        click("#stop-heroes-service-1");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> text("#state-heroes-service-1").orElse("").equals("STOPPED"));
        assertThat(console.cluster().orElseThrow().snapshot().instances().stream()
                        .filter(i -> i.id().toString().equals("heroes-service-1"))
                        .findFirst()
                        .orElseThrow()
                        .pid())
                .isEmpty();
    }
}
