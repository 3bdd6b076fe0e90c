package dev.orrery.console.selftest;

import dev.orrery.console.routing.LoadForm;
import dev.orrery.console.shell.ClusterPhase;
import dev.orrery.console.shell.Console;
import dev.orrery.console.shell.ShellView;
import dev.orrery.console.shell.ViewId;
import dev.orrery.runtime.bench.ProcessMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Drives the real window like a user: starts the default topology, waits until every route answers, sends some
/// traffic, visits every view and writes one PNG per view (`cluster.png`, `registry.png`, … `lessons.png`; the
/// timeline last, after a few faults were injected, so that the other views show a healthy cluster) and the
/// console's own memory (`console-memory.txt`), then stops the cluster. The process exits 0 when all of that worked,
/// else 1 with the reason on standard error.
public final class SelfTest {

    private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final String MEMORY_LINE =
            "Console memory with the default cluster running, every view visited: RSS %.0f MiB, PSS %.0f MiB";
    private static volatile int exitCode = 1;

    private final Console console;
    private final ShellView shell;
    private final Stage stage;
    private final Path folder;

    public SelfTest(Console console, ShellView shell, Stage stage, Path folder) {
        this.console = console;
        this.shell = shell;
        this.stage = stage;
        this.folder = folder;
    }

    /// The exit code for the process once the window has closed: 0 when the self-test passed.
    public static int exitCode() {
        return exitCode;
    }

    public void startInBackground() {
        Thread.ofPlatform().name("orrery-self-test").daemon(true).start(this::run);
    }

    private void run() {
        try {
            Files.createDirectories(folder);
            startCluster();
            console.loadGenerator()
                    .ifPresent(load -> onFx(() -> {
                        load.start(new LoadForm("GET", "/heroes", 20, 30, true));
                        return null;
                    }));
            pause(Duration.ofSeconds(4));
            for (var view : ViewId.values()) {
                if (view != ViewId.TIMELINE) {
                    screenshot(view);
                }
            }
            new TimelineFaults(console.cluster().orElseThrow()).inject();
            onFx(() -> {
                shell.currentViewProperty().set(ViewId.TIMELINE);
                ((ButtonBase) stage.getScene().lookup("#timeline-window-1")).fire();
                return null;
            });
            screenshot(ViewId.TIMELINE);
            new TimelineFaults(console.cluster().orElseThrow()).healAll();
            recordOwnMemory();
            stopCluster();
            exitCode = 0;
            System.out.println("Self-test passed: screenshots in " + folder.toAbsolutePath());
        } catch (StartRefused e) {
            // The console's own problem text says what to do; a stack trace would only bury it.
            failed(e.getMessage());
        } catch (Exception e) {
            LOG.error("Self-test failed", e);
            failed(e.getMessage());
        } finally {
            Platform.runLater(stage::close);
            Platform.runLater(Platform::exit);
        }
    }

    private void failed(String message) {
        System.err.println("Self-test failed: " + message);
        exitCode = 1;
        console.cluster()
                .ifPresent(c -> c.stop()
                        .orTimeout(60, TimeUnit.SECONDS)
                        .exceptionally(x -> null)
                        .join());
    }

    private void startCluster() {
        onFx(() -> {
            var model = console.shellModel();
            model.topologies().stream()
                    .filter(c -> c.key().equals(dev.orrery.runtime.topology.TopologyPresets.DEFAULT))
                    .findFirst()
                    .ifPresent(model.topologyProperty()::set);
            console.menu().start();
            return null;
        });
        await(
                () -> "every route answers through the gateway; still silent: " + console.silentRoutes(),
                START_TIMEOUT,
                () -> {
                    var problem =
                            onFx(() -> console.shellModel().problemProperty().get());
                    var phase = onFx(() -> console.shellModel().phaseProperty().get());
                    if (!problem.isEmpty() && phase == ClusterPhase.STOPPED) {
                        throw new StartRefused(problem);
                    }
                    return phase == ClusterPhase.RUNNING && console.routesAnswer();
                });
    }

    private void screenshot(ViewId view) throws IOException {
        onFx(() -> {
            shell.currentViewProperty().set(view);
            return null;
        });
        pause(Duration.ofMillis(1500));
        var image = onFx(() -> stage.getScene().snapshot(null));
        var file = folder.resolve(view.fileName() + ".png");
        PngFile.write(image, file);
        LOG.info("Self-test: wrote {}", file);
    }

    /// The console's own memory with the default cluster running and every view visited, for the benchmarks:
    /// printed and written to `console-memory.txt`.
    private void recordOwnMemory() throws IOException {
        var line = ProcessMemory.of(ProcessHandle.current().pid())
                .map(m -> MEMORY_LINE.formatted(m.rssMb(), m.pssMb()))
                .orElse("Console memory: not measurable here (no /proc/self/smaps_rollup)");
        System.out.println(line);
        Files.writeString(folder.resolve("console-memory.txt"), line + System.lineSeparator());
    }

    private void stopCluster() {
        onFx(() -> {
            console.menu().stop();
            return null;
        });
        await(
                () -> "the cluster stops",
                Duration.ofSeconds(90),
                () -> onFx(() -> console.shellModel().phaseProperty().get()) == ClusterPhase.STOPPED);
    }

    private static void await(Supplier<String> what, Duration timeout, BooleanSupplier condition) {
        var end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(
                        "Timed out after " + timeout.toSeconds() + " s waiting until " + what.get());
            }
            pause(Duration.ofMillis(500));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The self-test was interrupted", e);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.orTimeout(30, TimeUnit.SECONDS).join();
    }

    /// The cluster did not start, for a reason the console showed to the user (a port in use, a broken topology).
    private static final class StartRefused extends IllegalStateException {

        StartRefused(String problem) {
            super(problem);
        }
    }
}
