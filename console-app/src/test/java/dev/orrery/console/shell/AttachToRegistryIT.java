package dev.orrery.console.shell;

import static dev.orrery.console.WindowLooks.onFx;
import static dev.orrery.console.WindowLooks.present;
import static dev.orrery.console.WindowLooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.registry.EurekaClient;
import dev.orrery.runtime.supervisor.JavaCommand;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/// The console attached read-only to a real registry the test starts itself (not by a cluster): the registry graph
/// shows its instances, actions are blocked with the reason, and detaching returns to the console's own cluster.
/// A closed port and an HTTP server that is no registry give an error dialog and change nothing.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachToRegistryIT {
    private static final FxRobot robot = new FxRobot();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Process registry;
    private static String url;
    private static Preferences preferences;
    private static Console console;
    private static ShellView shell;

    @BeforeAll
    static void startRegistryAndConsole() throws Exception {
        var distribution = ServiceDistribution.locate();
        var port = PortChecker.freePort(Set.of());
        url = "http://127.0.0.1:" + port;
        var log = Files.createTempFile("orrery-attach-registry", ".log");
        registry = new ProcessBuilder(List.of(
                        JavaCommand.currentJava().toString(),
                        "-jar",
                        distribution.jar("registry").toString(),
                        "--server.address=127.0.0.1",
                        "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var client = new EurekaClient(HTTP, url);
        await().atMost(Duration.ofSeconds(120))
                .until(() -> client.applications().reachable());
        assertThat(client.register("lonely-service", "lonely-service:127.0.0.1:9", 9, 600))
                .isTrue();

        preferences = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
        var runtime = RuntimeAccess.local(new DataFolder(Files.createTempDirectory("orrery-attach-registry-it")));
        assertThat(runtime.unavailable())
                .as("service jars: build them with ./mvnw -DskipTests install")
                .isEmpty();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> show(stage, runtime));
    }

    private static void show(Stage stage, RuntimeAccess runtime) {
        console = new Console(new ConsolePreferences(preferences), Duration.ofMillis(100), runtime, u -> {});
        shell = console.shellView(stage);
        var scene = new Scene(shell.load(), 1280, 800);
        console.appearance().applyTo(scene.getRoot());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (console != null) {
                robot.interact(() -> console.close());
                FxToolkit.hideStage();
            }
        } finally {
            if (registry != null) {
                registry.destroyForcibly();
                registry.waitFor(30, TimeUnit.SECONDS);
            }
            if (preferences != null) {
                preferences.removeNode();
            }
        }
    }

    @Test
    @Order(1)
    void unreachablePortGivesAClearDialogAndChangesNothing() throws Exception {
        var closed = "http://127.0.0.1:" + PortChecker.freePort(Set.of()) + "/eureka/";

        var attach = console.menu().attachToRegistry(closed);

        await().atMost(Duration.ofSeconds(30)).until(attach::isDone);
        assertThat(attach).isCompletedExceptionally();
        var dialog = errorDialog();
        assertThat(dialog).contains("Cannot attach to the registry at " + closed);
        assertThat(dialog).contains("Cannot reach the registry at").contains("What to check");
        assertThat(onFx(() -> console.shellModel().attachmentProperty().get())).isEmpty();
    }

    @Test
    @Order(2)
    void serverThatIsNoRegistryGivesAClearDialogAndChangesNothing() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var body = "<html><body>just a web page</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            var web = "http://127.0.0.1:" + server.getAddress().getPort();

            var attach = console.menu().attachToRegistry(web);

            await().atMost(Duration.ofSeconds(30)).until(attach::isDone);
            assertThat(attach).isCompletedExceptionally();
            assertThat(errorDialog())
                    .contains(web)
                    .contains("not as a Eureka registry")
                    .contains("What to check");
            assertThat(onFx(() -> console.shellModel().attachmentProperty().get()))
                    .isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    @Order(3)
    void registryGraphShowsTheRegistrysInstancesReadOnly() throws Exception {
        console.menu().attachToRegistry(url + "/eureka/").get(30, TimeUnit.SECONDS);
        robot.interact(() -> shell.currentViewProperty().set(ViewId.REGISTRY));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> text(".registry-view #node-lonely-service_127_0_0_1_9 .graph-node-title")
                        .orElse("")
                        .contains("UP"));
        assertThat(text("#attach-badge")).contains("Remote registry (read-only): " + url);
        assertThat(onFx(() -> console.shellModel().canStartProperty().get())).isFalse();
        assertThat(onFx(() -> console.shellModel().canStopProperty().get())).isFalse();
        assertThat(onFx(() -> console.shellModel().stopBlockedReasonProperty().get()))
                .contains("read-only");
        robot.interact(() -> shell.currentViewProperty().set(ViewId.LOGS));
        assertThat(present(".read-only-note")).isTrue();
    }

    @Test
    @Order(4)
    void detachReturnsToTheConsolesOwnCluster() {
        robot.interact(() -> console.menu().detach());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> onFx(() ->
                                console.shellModel().attachmentProperty().get())
                        .isEmpty());
        assertThat(present(".read-only-note")).isFalse();
        assertThat(onFx(() -> console.shellModel().readOnlyProperty().get())).isFalse();
        assertThat(console.attached()).isFalse();
    }

    private static String errorDialog() {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> onFx(() -> Window.getWindows().stream()
                                .filter(Window::isShowing)
                                .map(w -> w.getScene().getRoot())
                                .filter(r -> r instanceof DialogPane pane && "attach-error".equals(pane.getId()))
                                .map(r -> ((DialogPane) r).getHeaderText() + "\n" + ((DialogPane) r).getContentText())
                                .findFirst()
                                .orElse("")),
                        text -> !text.isEmpty());
    }
}
