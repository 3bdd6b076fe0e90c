package dev.orrery.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// The `.deb` the installer build wrote, read with `dpkg-deb` (no root, nothing installed).
record DebianPackage(Path file) {

    /// The one `orrery_*.deb` in the installer's target folder.
    static DebianPackage inTarget() throws IOException {
        var target = Path.of(System.getProperty("orrery.installer.target", "target"));
        try (var files = Files.list(target)) {
            var debs = files.filter(f -> f.getFileName().toString().matches("orrery_.*\\.deb"))
                    .toList();
            if (debs.size() != 1) {
                throw new IllegalStateException("Expected one orrery_*.deb in " + target + ", found " + debs
                        + ": build it with './mvnw -Pinstaller package'");
            }
            return new DebianPackage(debs.getFirst());
        }
    }

    /// One field of the control file, e.g. `Version`.
    String field(String name) throws IOException, InterruptedException {
        return dpkgDeb("-f", file.toString(), name).trim();
    }

    /// The paths the package installs, e.g. `./opt/orrery/bin/Orrery`.
    List<String> contents() throws IOException, InterruptedException {
        return dpkgDeb("-c", file.toString())
                .lines()
                .map(line -> line.substring(line.indexOf("./")))
                .map(entry -> entry.contains(" -> ") ? entry.substring(0, entry.indexOf(" -> ")) : entry)
                .toList();
    }

    /// One of the maintainer scripts (`postinst`, `prerm`, …).
    String script(String name, Path scratch) throws IOException, InterruptedException {
        var control = Files.createDirectories(scratch.resolve("control"));
        dpkgDeb("-e", file.toString(), control.toString());
        return Files.readString(control.resolve(name));
    }

    /// Unpacks the package's files under `root`, as `dpkg` would under `/`.
    void unpackInto(Path root) throws IOException, InterruptedException {
        dpkgDeb("-x", file.toString(), root.toString());
    }

    private static String dpkgDeb(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add("dpkg-deb");
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
