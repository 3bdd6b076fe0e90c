package dev.orrery.runtime.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseEngineSelectorTest {
    @TempDir
    Path temp;

    private DatabaseEngineSelector launcher(Map<String, String> environment) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("EMBEDDED_MONGO_ARTIFACTS", temp.resolve("empty-cache").toString());
        return new DatabaseEngineSelector(
                env,
                new FlapdoodleMongod(env, Duration.ofSeconds(20)),
                new JavaServerCommand(Path.of("/jdk/bin/java"), "orrery.jar", 4242, List.of("-Xmx96m")));
    }

    private Path fakeMongod(String folder) throws Exception {
        Path bin = Files.createDirectories(temp.resolve(folder));
        Path mongod = Files.writeString(bin.resolve("mongod"), "#!/bin/sh\n");
        mongod.toFile().setExecutable(true);
        return mongod;
    }

    @Test
    void withoutMongodTheJavaEngineRunsAndSaysWhy() {
        Path data = temp.resolve("data");

        SelectedEngine engine =
                launcher(Map.of("PATH", temp.toString())).select(data, 27018, EnginePreference.AUTO, Optional.empty());

        assertThat(engine.kind()).isEqualTo(DatabaseEngineKind.JAVA);
        assertThat(engine.reason())
                .contains("no mongod installed", "no MongoDB archive cached", "built-in Java engine");
        assertThat(engine.command())
                .containsExactly(
                        "/jdk/bin/java",
                        "-Xmx96m",
                        "-cp",
                        "orrery.jar",
                        JavaMongoServerMain.class.getName(),
                        "--port",
                        "27018",
                        "--file",
                        data.resolve("db/orrery.mv.db").toString(),
                        "--parent-pid",
                        "4242");
        assertThat(engine.port()).isEqualTo(27018);
        assertThat(engine.connectionUri()).isEqualTo("mongodb://127.0.0.1:27018/orrery");
        assertThat(data.resolve("db")).isDirectory();
    }

    @Test
    void mongodOnThePathIsRunDirectlyOnTheLoopback() throws Exception {
        Path mongod = fakeMongod("bin");
        Path data = temp.resolve("data");

        SelectedEngine engine = launcher(Map.of("PATH", "/nonexistent:" + mongod.getParent()))
                .select(data, 27019, EnginePreference.AUTO, Optional.empty());

        assertThat(engine.kind()).isEqualTo(DatabaseEngineKind.MONGOD);
        assertThat(engine.reason()).contains("PATH");
        assertThat(engine.command())
                .containsExactly(
                        mongod.toString(),
                        "--dbpath",
                        data.resolve("db/mongod").toString(),
                        "--bind_ip",
                        "127.0.0.1",
                        "--port",
                        "27019");
        assertThat(data.resolve("db/mongod")).isDirectory();
    }

    @Test
    void envVariableWinsOverThePath() throws Exception {
        Path onPath = fakeMongod("path-bin");
        Path fromEnv = fakeMongod("env-bin");

        SelectedEngine engine = launcher(
                        Map.of("PATH", onPath.getParent().toString(), "ORRERY_MONGOD", fromEnv.toString()))
                .select(temp.resolve("data"), 27020, EnginePreference.AUTO, Optional.empty());

        assertThat(engine.command().getFirst()).isEqualTo(fromEnv.toString());
        assertThat(engine.reason()).contains("ORRERY_MONGOD");
    }

    @Test
    void javaPreferenceSkipsAnInstalledMongod() throws Exception {
        Path mongod = fakeMongod("bin");

        SelectedEngine engine = launcher(Map.of("PATH", mongod.getParent().toString()))
                .select(temp.resolve("data"), 27021, EnginePreference.JAVA, Optional.empty());

        assertThat(engine.kind()).isEqualTo(DatabaseEngineKind.JAVA);
        assertThat(engine.reason()).contains("topology asks for the Java engine");
    }

    @Test
    void missingMongodThatWasAskedForIsRefusedWithAHint() {
        assertThatThrownBy(() -> launcher(Map.of("PATH", ""))
                        .select(temp.resolve("data"), 27022, EnginePreference.MONGOD, Optional.empty()))
                .hasMessageContaining("asks for the mongod database engine")
                .hasMessageContaining("ORRERY_MONGOD")
                .hasMessageContaining("engine: auto");
    }

    @Test
    void configuredMongodComesFirst() throws Exception {
        Path onPath = fakeMongod("path-bin");
        Path configured = fakeMongod("my-mongo");

        SelectedEngine engine = launcher(Map.of("PATH", onPath.getParent().toString()))
                .select(temp.resolve("data"), 27024, EnginePreference.AUTO, Optional.of(configured));

        assertThat(engine.command().getFirst()).isEqualTo(configured.toString());
    }

    @Test
    void flapdoodleWithoutACachedArchiveFallsBackQuicklyWithoutDownloading() {
        long started = System.nanoTime();

        SelectedEngine engine = launcher(Map.of("PATH", ""))
                .select(temp.resolve("data"), 27023, EnginePreference.FLAPDOODLE, Optional.empty());

        assertThat(engine.kind()).isEqualTo(DatabaseEngineKind.JAVA);
        assertThat(engine.reason()).contains("flapdoodle");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }
}
