package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaCommandTest {

    private static final ServiceJvmFlags FLAGS = ServiceJvmFlags.parse("-XX:+UseSerialGC -Xmx96m");

    @Test
    void flagsThenCacheThenTopologyOptionsThenJarThenProperties() {
        var launch = new JarLaunch(Path.of("/s/heroes/heroes.jar"), true, Optional.of(Path.of("/s/heroes/h.aot")), "");
        var properties = new LinkedHashMap<String, String>();
        properties.put("server.port", "8081");
        properties.put("orrery.storage", "mongo");

        var command = JavaCommand.forLaunch(launch, FLAGS, List.of("-Xmx256m"), properties);

        assertThat(command.subList(1, command.size()))
                .containsExactly(
                        "-XX:+UseSerialGC",
                        "-Xmx96m",
                        "-XX:AOTCache=/s/heroes/h.aot",
                        "-Xmx256m",
                        "-jar",
                        "/s/heroes/heroes.jar",
                        "--server.port=8081",
                        "--orrery.storage=mongo");
        assertThat(Path.of(command.getFirst()).getFileName().toString()).startsWith("java");
    }

    @Test
    void withoutCacheNoCacheFlag() {
        var command = JavaCommand.forLaunch(
                JarLaunch.fatJar(Path.of("/s/heroes.jar"), "none"), FLAGS, List.of(), new LinkedHashMap<>());

        assertThat(command).noneMatch(a -> a.startsWith("-XX:AOTCache")).contains("-jar", "/s/heroes.jar");
    }

    @Test
    void buildFlagsReachTheRuntime() {
        var flags = ServiceJvmFlags.load().flags();

        assertThat(flags)
                .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
                .noneMatch(f -> f.contains("${"));
    }
}
