package dev.orrery.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.console.cluster.LiveRow;
import dev.orrery.console.logs.LogEntry;
import dev.orrery.console.shell.Console;
import dev.orrery.console.shell.ConsolePreferences;
import dev.orrery.console.shell.RuntimeAccess;
import dev.orrery.console.shell.ShellView;
import dev.orrery.console.shell.TopologyChoice;
import dev.orrery.console.shell.ViewId;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.data.DataFolder;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The console stays responsive with fifty running instances (Python's web server on 127.0.0.1) and a burst of
/// request logs: started through the console, every instance shows UP in the Cluster view, the Cluster, Registry,
/// Routing and Logs views are visited while requests pour in, and the JavaFX thread's longest pause is measured.
class ConsoleScaleIT {

    private static final int INSTANCES = 50;
    private static final int REQUESTS = 2000;

    /// The most CPU time the JavaFX thread may spend in one go (one pulse's CSS and layout, or the work between two
    /// pulses; see [FxPauseProbe]), from the window's opening on; unlike a pause, hardly stretched by the machine's
    /// load. Measured on 2026-12-05 on a shared 2-core machine at load average 4-10, JIT cold: 13 ms to lay out
    /// the hidden views after the window opens (their styles are computed before its first frame), 43-50 ms while
    /// the table fills, at most 27 ms for a view's first showing and 12 ms for a later one (on 2026-12-04, when
    /// views left the window when hidden: 246-295 ms for the table's first rows, 57-112 ms per view switch).
    /// 200 ms leaves a slower CI core four times the measured room and still fails on a view built in one go
    /// (fifty graph nodes, every row of the table).
    private static final Duration WORST_BUSY_BOUND = Duration.ofMillis(200);

    /// The JavaFX thread's CPU time per second while the Cluster view shows fifty running instances and nothing
    /// but their uptime and memory changes: the work must follow what changed, not the size of the cluster.
    /// Measured on 2026-12-04 at load average ~30: 29 ms/s; before, with the table rebuilding all its rows on each
    /// refresh, 199 ms/s.
    private static final Duration STEADY_CPU_PER_SECOND_BOUND = Duration.ofMillis(80);

    /// The longest a task posted to the JavaFX thread may wait (wall-clock) once all instances are UP, while the
    /// views change and requests pour in: catches a real block (reading sockets or files, waiting for processes
    /// on the thread). A loaded machine stretches the console's own work by its load: on the shared 2-core
    /// machine at load average 20–30 (several builds and clusters at once) the wait still reached 0.6–1.5 s,
    /// hence 2 s. `-Dorrery.scale.pauseBoundMs=50` checks the product's goal on an idle machine instead.
    private static final Duration WORST_PAUSE_BOUND =
            Duration.ofMillis(Long.getLong("orrery.scale.pauseBoundMs", 2000));

    private static final FxRobot robot = new FxRobot();
    private static final FxPauseProbe probe = new FxPauseProbe(() -> ConsoleScaleIT.shown);
    // The view shown now and whether it showed before: its first showing computes its styles, later ones need not.
    private static final Set<ViewId> visited = EnumSet.of(ViewId.CLUSTER);
    private static volatile String shown = "";
    private static Duration joiningBusy = Duration.ZERO;
    private static Preferences preferences;
    private static Console console;
    private static ShellView shell;
    private static List<Long> pids = List.of();

    @BeforeAll
    static void showConsole() throws Exception {
        var folder = Files.createTempDirectory("orrery-console-scale-it");
        var topology = folder.resolve("scale.yaml");
        Files.writeString(topology, """
                name: console-scale
                services:
                  web:
                    kind: command
                    command: python3 -m http.server {port} --bind 127.0.0.1
                    instances: %d
                """.formatted(INSTANCES));
        preferences = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
        var runtime = RuntimeAccess.local(new DataFolder(folder.resolve("data")));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> show(stage, runtime, topology));
        // From the window's opening on: the views not shown yet are laid out hidden soon after.
        shown = "hidden views laid out";
        probe.start();
        robot.interact(() -> probe.measurePulses(shell.root().getScene()));
    }

    private static void show(Stage stage, RuntimeAccess runtime, Path topology) {
        console = new Console(new ConsolePreferences(preferences), Duration.ofMillis(100), runtime, url -> {});
        shell = console.shellView(stage);
        var scene = new Scene(shell.load(), 1280, 800);
        console.appearance().applyTo(scene.getRoot());
        stage.setScene(scene);
        stage.show();
        var choice = new TopologyChoice("scale", topology.toString());
        console.shellModel().topologies().add(choice);
        console.shellModel().topologyProperty().set(choice);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        probe.close();
        try {
            console.cluster()
                    .ifPresent(c -> c.stop().orTimeout(90, TimeUnit.SECONDS).join());
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(pids)
                            .noneMatch(pid -> ProcessHandle.of(pid)
                                    .map(ProcessHandle::isAlive)
                                    .orElse(false)));
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                    .as("processes left by the console's cluster")
                    .isEmpty();
        } finally {
            robot.interact(() -> console.close());
            FxToolkit.hideStage();
            preferences.removeNode();
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void fiftyInstancesAndARequestBurstLeaveTheJavaFxThreadResponsive() throws Exception {
        var heapBefore = heapUsedMegabytes();
        var snapshot = startAndAwaitUp();
        var startBusy = probe.worstBusy();
        var startPause = probe.worstPause();
        var startBusyByView = probe.worstBusyByView();
        probe.reset();

        var lines = visitViewsDuringBurst(
                snapshot.instances().stream().map(InstanceSnapshot::port).toList());
        var steady = steadyCpuPerSecond();
        var busy = Collections.max(List.of(joiningBusy, startBusy, probe.worstBusy()));
        var worst = probe.worstPause();
        System.out.printf(
                "Console scale: %d instances UP, %d requests, %d log lines; JavaFX thread: worst pause %d ms"
                        + " (%d ms while the cluster started), longest busy stretch %d ms CPU (%d ms while it started,"
                        + " then %s), %d ms CPU per second at rest; console heap after GC %d MB before, %d MB after;"
                        + " load average %.2f on %d cores%n",
                INSTANCES,
                REQUESTS,
                lines,
                worst.toMillis(),
                startPause.toMillis(),
                busy.toMillis(),
                startBusy.toMillis(),
                probe.worstBusyContext(),
                steady.toMillis(),
                heapBefore,
                heapUsedMegabytes(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "Console scale: longest busy stretch by view shown: while the hidden views were laid out %d ms;"
                        + " while the cluster started %s; during the burst and view switches %s%n",
                joiningBusy.toMillis(), startBusyByView, probe.worstBusyByView());
        System.out.println(probe.stalls());
        assertThat(busy).as("longest busy stretch of the JavaFX thread (CPU)").isLessThan(WORST_BUSY_BOUND);
        assertThat(steady)
                .as("CPU time of the JavaFX thread per second, nothing but uptimes changing")
                .isLessThan(STEADY_CPU_PER_SECOND_BOUND);
        assertThat(worst)
                .as("longest pause of the JavaFX thread; its stalls:%n%s", probe.stalls())
                .isLessThan(WORST_PAUSE_BOUND);
    }

    /// Starts the cluster from the console with the probe running (fifty processes starting must not freeze the
    /// window either) and waits until the Cluster view shows every instance UP.
    private static ClusterSnapshot startAndAwaitUp() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> onFx(() -> shell.viewsBuiltProperty().get()));
        joiningBusy = probe.worstBusy();
        probe.reset();
        robot.interact(() -> showView(ViewId.CLUSTER));
        shown = "CLUSTER while its table fills";
        robot.interact(() -> console.menu().start());
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> upRows() == INSTANCES);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "The Cluster view did not show all instances UP; JavaFX thread stalls:%n%s"
                            .formatted(probe.stalls()),
                    e);
        }

        var snapshot = console.cluster().orElseThrow().snapshot();
        pids = snapshot.instances().stream()
                .flatMap(i -> i.pid().stream().boxed())
                .toList();
        assertThat(pids).hasSize(INSTANCES);
        return snapshot;
    }

    /// Visits the Cluster, Registry, Routing and Logs views while the requests are sent; returns the log lines
    /// the Logs view shows once all are answered.
    private static int visitViewsDuringBurst(List<Integer> ports) throws Exception {
        var burst = sendBurst(ports);
        var views = List.of(ViewId.CLUSTER, ViewId.REGISTRY, ViewId.ROUTING, ViewId.LOGS);
        for (int round = 0; !burst.isDone() || round < views.size(); round++) {
            var view = views.get(round % views.size());
            robot.interact(() -> showView(view));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(burst.get(60, TimeUnit.SECONDS)).as("requests answered").isEqualTo(REQUESTS);
        robot.interact(() -> showView(ViewId.LOGS));
        await().atMost(Duration.ofSeconds(60)).until(() -> logLines() >= REQUESTS);
        return logLines();
    }

    /// The JavaFX thread's CPU time per second over three seconds of the Cluster view with every instance UP.
    private static Duration steadyCpuPerSecond() {
        var threads = ManagementFactory.getThreadMXBean();
        robot.interact(() -> showView(ViewId.CLUSTER));
        WaitForAsyncUtils.waitForFxEvents();
        long cpuBefore = onFx(threads::getCurrentThreadCpuTime);
        long wallBefore = System.nanoTime();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> upRows() == INSTANCES);
        long cpu = onFx(threads::getCurrentThreadCpuTime) - cpuBefore;
        long seconds = Math.max(1, (System.nanoTime() - wallBefore) / 1_000_000_000L);
        return Duration.ofNanos(cpu / seconds);
    }

    /// Shows the view, naming it for the probe as a first or a later showing.
    private static void showView(ViewId view) {
        shown = view.name() + (visited.add(view) ? " first" : " again");
        shell.currentViewProperty().set(view);
    }

    /// Instances the Cluster view's table shows as UP, read from its rows on the JavaFX thread.
    private static int upRows() {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            TreeTableView<LiveRow> table = robot.lookup(".cluster-table").queryAs(TreeTableView.class);
            return (int) table.getRoot().getChildren().stream()
                    .flatMap(component -> component.getChildren().stream())
                    .map(TreeItem::getValue)
                    .filter(row -> row.stateText().equals("UP"))
                    .count();
        });
    }

    private static int logLines() {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<LogEntry> list = robot.lookup(".log-list").queryAs(ListView.class);
            return list.getItems().size();
        });
    }

    /// Looks on the JavaFX thread, which may answer late while fifty instances keep it busy.
    private static <T> T onFx(Callable<T> look) {
        return WindowLooks.onFx(look, Duration.ofSeconds(60));
    }

    /// Sends the requests from four threads, spread round-robin over the instances' ports on 127.0.0.1; each one
    /// makes its Python server write a log line to stderr. Completes with the number of 200 answers.
    private static Future<Integer> sendBurst(List<Integer> ports) {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var next = new AtomicInteger();
        var answered = new AtomicInteger();
        var senders = Executors.newFixedThreadPool(4);
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < 4; i++) {
            futures.add(senders.submit(() -> {
                for (int n = next.getAndIncrement(); n < REQUESTS; n = next.getAndIncrement()) {
                    var uri = URI.create("http://127.0.0.1:" + ports.get(n % ports.size()) + "/");
                    var request = HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(10))
                            .build();
                    if (http.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        answered.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        senders.shutdown();
        return Executors.newVirtualThreadPerTaskExecutor().submit(() -> {
            for (var future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            http.close();
            return answered.get();
        });
    }

    private static long heapUsedMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
