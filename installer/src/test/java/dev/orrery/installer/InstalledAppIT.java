package dev.orrery.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Unpacks the built `.deb` into a temporary folder (no root, no change to the machine), runs the unpacked app's
/// self-test under a virtual display and checks what a user's double-click depends on: the cluster comes up on the
/// bundled runtime, screenshots of every view are written, user data lands in the XDG data folder, the install
/// folder stays untouched and no process outlives the app.
class InstalledAppIT {

    private static final List<String> SERVICES =
            List.of("registry", "gateway", "heroes-service", "threats-service", "auth-service");
    private static final List<String> SCREENSHOTS = List.of("cluster", "registry", "routing", "logs");
    private static final Pattern AOT_REJECTION = Pattern.compile("\\[(error|warning) *]\\[aot");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private static DebianPackage deb;
    private static Path scratch;
    private static Path app;

    @BeforeAll
    static void unpack() throws Exception {
        deb = DebianPackage.inTarget();
        scratch = Files.createTempDirectory("orrery-smoke-");
        deb.unpackInto(scratch.resolve("root"));
        app = scratch.resolve("root/opt/orrery");
    }

    @AfterAll
    static void removeScratch() throws IOException {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void packageCarriesRuntimeServicesAndDesktopIntegration() throws Exception {
        var contents = deb.contents();

        assertThat(deb.field("Package")).isEqualTo("orrery");
        assertThat(deb.field("Version")).startsWith(System.getProperty("orrery.version", "0.1.0"));
        assertThat(deb.field("Depends")).contains("libgtk-3-0", "xdg-utils");
        assertThat(contents)
                .contains("./opt/orrery/bin/Orrery", "./opt/orrery/bin/orrery", "./opt/orrery/lib/runtime/bin/java")
                .contains("./opt/orrery/lib/desktop/orrery.desktop", "./opt/orrery/lib/icons/orrery-512.png");
        SERVICES.forEach(s -> assertThat(contents)
                .contains("./opt/orrery/lib/services/%s/%s.jar".formatted(s, s))
                .contains("./opt/orrery/lib/services/%s/%s.aot".formatted(s, s))
                .contains("./opt/orrery/lib/services/%s/%s.aot.properties".formatted(s, s)));
        assertThat(Files.readString(app.resolve("lib/desktop/orrery.desktop")))
                .contains(
                        "Exec=/opt/orrery/bin/Orrery",
                        "Icon=orrery",
                        "Categories=Development;Education;",
                        "StartupWMClass=dev.orrery.console.ConsoleApp");
        assertThat(deb.script("postinst", scratch))
                .contains("/usr/share/applications/orrery.desktop", "/usr/share/icons/hicolor", "/usr/bin/orrery");
        assertThat(deb.script("prerm", scratch))
                .contains("rm -f /usr/share/applications/orrery.desktop", "apps/orrery.png", "rm -f /usr/bin/orrery");
    }

    @Test
    void unpackedAppPassesItsSelfTestAndLeavesNothingBehind() throws Exception {
        var screenshots = scratch.resolve("screenshots");
        var data = scratch.resolve("data");
        var before = tree(app);
        var started = System.nanoTime();
        var process = new ProcessBuilder(
                        "xvfb-run",
                        "-a",
                        "-s",
                        "-screen 0 1280x800x24",
                        app.resolve("bin/Orrery").toString(),
                        "--self-test",
                        screenshots.toString())
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("self-test.log").toFile())
                .directory(scratch.toFile());
        process.environment().put("XDG_DATA_HOME", data.toString());
        var running = process.start();
        var trail = new ProcessTrail(running.toHandle());
        try {
            await("the self-test ends")
                    .atMost(Duration.ofMinutes(8))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> !trail.sample());
            var log = Files.readString(scratch.resolve("self-test.log"));
            System.out.printf(
                    "Self-test of the unpacked app took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);

            assertThat(running.exitValue()).as("exit code; output:%n%s", log).isZero();
            assertThat(log).contains("Self-test passed");
            assertCluster(trail.commandLines());
            SCREENSHOTS.forEach(s -> assertPng(screenshots.resolve(s + ".png")));
            assertThat(data.resolve("orrery/logs")).isNotEmptyDirectory();
            assertThat(aotRejections(data.resolve("orrery/logs"))).isEmpty();
            assertThat(tree(app)).as("the install folder is never written").isEqualTo(before);
            await("every process of the app has ended")
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(trail.survivors()).isEmpty());
            assertThat(processesRunningFrom(scratch)).isEmpty();
        } finally {
            trail.killAll();
        }
    }

    /// Every service ran as a child JVM of the bundled runtime, from the bundle's services folder, with the AOT
    /// cache the installer build made for that runtime.
    private static void assertCluster(List<String> commandLines) {
        var java = app.resolve("lib/runtime/bin/java").toString();
        for (var service : SERVICES) {
            var folder = app.resolve("lib/services").resolve(service);
            var jar = folder.resolve(service + ".jar").toString();
            var cache = "-XX:AOTCache=" + folder.resolve(service + ".aot");
            assertThat(commandLines)
                    .as("a %s instance started by %s with its AOT cache", service, java)
                    .anyMatch(line -> line.startsWith(java) && line.contains(jar) && line.contains(cache));
        }
    }

    /// Lines in which a JVM refused its AOT cache (it then starts without it, slowly), from every instance's log.
    private static List<String> aotRejections(Path logs) throws IOException {
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(InstalledAppIT::lines)
                    .filter(line -> AOT_REJECTION.matcher(line).find())
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the instance log " + file, e);
        }
    }

    private static void assertPng(Path file) {
        assertThat(file).isRegularFile();
        try {
            assertThat(Files.readAllBytes(file)).startsWith(PNG_SIGNATURE);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    private static List<String> processesRunningFrom(Path folder) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(folder.toString()))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList();
    }

    /// Every file of a folder with its size: enough to see anything written into it.
    private static Map<String, Long> tree(Path folder) throws IOException {
        var sizes = new TreeMap<String, Long>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                sizes.put(folder.relativize(file).toString(), Files.size(file));
            }
        }
        return sizes;
    }
}
