package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.token.ClusterKeyStore;
import dev.orrery.runtime.token.TokenInspection;
import dev.orrery.runtime.token.TokenInspector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrreryCliTest {
    @TempDir
    Path data;

    private record Result(int exitCode, String out, String err) {
        String lastLine() {
            List<String> lines = out.strip().lines().toList();
            return lines.getLast();
        }
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = OrreryCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void unknownOptionIsOneLineWithAHintAndExitCode2() {
        Result result = run("up", "--gatway-port", "9090");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList()).hasSize(2).first().asString().startsWith("orrery up: Unknown option");
        assertThat(result.err()).contains("Try 'orrery up --help'").doesNotContain("at dev.orrery");
    }

    @Test
    void unknownCommandIsNamedWithTheCommands() {
        Result result = run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList())
                .containsExactly(
                        "orrery: unknown command 'frobnicate'",
                        "Commands: up, status, token, call, down, fault, reset, export, bench, soak, help.",
                        "Try 'orrery help COMMAND' for what one does.");
    }

    @Test
    void helpListsEveryCommandWithACompleteLine() {
        Result result = run("help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("  fault ");
        // One entry per command, its summary wrapped over indented lines; each must end as a sentence does.
        var entries = new ArrayList<String>();
        result.out()
                .lines()
                .dropWhile(line -> !line.startsWith("Commands:"))
                .skip(1)
                .forEach(line -> {
                    if (line.startsWith("   ") && !entries.isEmpty()) {
                        entries.add(entries.removeLast() + " " + line.strip());
                    } else {
                        entries.add(line.strip());
                    }
                });
        assertThat(entries).hasSize(11).allSatisfy(entry -> assertThat(entry).endsWith("."));
    }

    @Test
    void callRefusesAMethodItDoesNotSend() {
        Result result = run("call", "--data", data.toString(), "FETCH", "/heroes");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList())
                .containsExactly("orrery call: unknown method 'FETCH'", "hint: use GET, POST, PUT, PATCH or DELETE");
    }

    @Test
    void callRefusesABodyForAMethodWithoutOne() {
        for (var method : List.of("GET", "delete")) {
            Result result = run("call", "--data", data.toString(), method, "/heroes", "extra-arg");

            assertThat(result.exitCode()).as(method).isEqualTo(2);
            assertThat(result.err().lines().toList())
                    .containsExactly(
                            "orrery call: " + method.toUpperCase(java.util.Locale.ROOT)
                                    + " sends no body, but a body argument was given: 'extra-arg'",
                            "hint: leave it out, or send a JSON body with POST, PUT or PATCH");
        }
    }

    @Test
    void portOptionsFollowTheTopologysPortRule() {
        for (var option : List.of("--gateway-port", "--registry-port", "--database-port")) {
            Result result = run("up", "--data", data.toString(), option, "80");

            assertThat(result.exitCode()).as(option).isEqualTo(2);
            assertThat(result.err().lines().toList())
                    .containsExactly(
                            "orrery up: " + option + ": port 80 is out of range",
                            "hint: write a port from 1024 to 65535");
        }
        assertThat(data.resolve("run")).doesNotExist();
    }

    @Test
    void missingArgumentsAreReported() {
        Result result = run("call", "GET");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter", "PATH");
    }

    @Test
    void tokenIsTheLastLineAndVerifiesWithTheClustersKey() throws Exception {
        Result result = run("token", "--data", data.toString(), "--user", "student", "--ttl", "PT5M");

        assertThat(result.exitCode()).isZero();
        TokenInspection inspection = new TokenInspector(
                        new ClusterKeyStore(data.resolve("keys")).loadOrCreate().publicKey())
                .inspect(result.lastLine());
        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.claims())
                .containsEntry("sub", "student")
                .containsEntry("privileges", List.of("heroes:read", "threats:read"));
        assertThat(result.err()).contains("Token for student");
    }

    @Test
    void tokenIsForTheTeacherWithEveryPrivilegeByDefault() throws Exception {
        Result result = run("token", "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        TokenInspection inspection = new TokenInspector(
                        new ClusterKeyStore(data.resolve("keys")).loadOrCreate().publicKey())
                .inspect(result.lastLine());
        assertThat(inspection.claims())
                .containsEntry("sub", "teacher")
                .containsEntry("privileges", List.of("heroes:read", "heroes:write", "threats:read", "threats:write"));
    }

    @Test
    void tokenWithChosenPrivileges() {
        Result result =
                run("token", "--data", data.toString(), "--privilege", "heroes:read", "--privilege", "threats:read");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("[heroes:read, threats:read]");
    }

    @Test
    void badTtlAndPrivilegeAreUsageErrors() {
        Result ttl = run("token", "--data", data.toString(), "--ttl", "ten");
        Result privilege = run("token", "--data", data.toString(), "--privilege", "heroes:fly");

        assertThat(ttl.exitCode()).isEqualTo(2);
        assertThat(ttl.err()).contains("orrery token: --ttl: cannot read the duration 'ten'");
        assertThat(privilege.exitCode()).isEqualTo(2);
        assertThat(privilege.err()).contains("unknown privilege 'heroes:fly'", "hint: use heroes:read");
    }

    @Test
    void statusWithoutClusterFailsWithExitCode1() {
        Result result = run("status", "--data", data.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no cluster is running from " + data, "hint: start one with 'orrery up");
    }

    @Test
    void callWithoutClusterFails() {
        Result result = run("call", "--data", data.toString(), "GET", "/heroes");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no cluster is running");
    }

    @Test
    void downWithoutClusterHasNothingToDo() {
        Result result = run("down", "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("nothing to stop");
    }

    @Test
    void badTopologyStartsNothingAndNamesLineAndColumn() throws Exception {
        Path topology = Files.writeString(
                data.resolve("bad.yaml"),
                "name: broken\nservices:\n  heroes-service:\n    kind: builtin\n    instances: -2\n");

        Result result = run("up", "--data", data.toString(), "--topology", topology.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).containsPattern("bad\\.yaml:5:\\d+").contains("nothing was started");
        assertThat(data.resolve("run")).doesNotExist();
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        Result result = run("up", "--data", data.toString(), "--topology", "7-kubernetes");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("4-tokens.yaml", "a lesson number, 1 to 4,");
    }

    @Test
    void resetDeletesDatabaseAndLogsButKeepsKeys() throws Exception {
        Files.createDirectories(data.resolve("db/mongod"));
        Files.writeString(data.resolve("db/orrery.mv.db"), "data");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/gateway.log"), "log");
        run("token", "--data", data.toString());

        Result result = run("reset", "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(data.resolve("db")).doesNotExist();
        assertThat(data.resolve("logs")).doesNotExist();
        assertThat(data.resolve("keys/token-private.pem")).exists();
    }

    @Test
    void helpTeachesWithExamples() {
        Result result = run("up", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--topology", "4-tokens", "Ctrl+C", "--data");
    }
}
