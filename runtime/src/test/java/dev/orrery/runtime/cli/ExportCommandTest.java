package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path out;

    @Test
    void kubernetesExportWritesAKustomizationAndOwnerOnlySecrets() throws Exception {
        var result = run(
                "export",
                "kubernetes",
                "--topology",
                "4",
                "--out",
                out.toString(),
                "--ingress-host",
                "orrery.example.com",
                "--image-prefix",
                "registry.example.com/orrery");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(out.resolve("kustomization.yaml")).exists();
        assertThat(Files.readString(out.resolve("gateway.yaml"))).contains("kind: Ingress", "orrery.example.com");
        assertThat(Files.readString(out.resolve("heroes-service.yaml")))
                .contains("image: registry.example.com/orrery/heroes-service:");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("token-keys-secret.yaml"))))
                .isEqualTo("rw-------");
        assertThat(result.out()).contains("kubectl apply -k", "user-passwords.json");
    }

    @Test
    void composeExportWritesComposeYaml() {
        var result = run("export", "compose", "--topology", "3", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(out.resolve("compose.yaml")).exists();
        assertThat(result.out()).contains("docker compose up");
    }

    @Test
    void aBadNamespaceIsOneLineWithAHint() {
        var result = run("export", "kubernetes", "--namespace", "Not_A_Name", "--out", out.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("is not a Kubernetes name").doesNotContain("at dev.orrery");
    }

    @Test
    void statusOfAnUnreachableRegistryIsAClearError() {
        var result = run("status", "--registry", "http://127.0.0.1:1");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot reach the registry at http://127.0.0.1:1", "hint:");
    }

    @Test
    void statusOfSomethingThatIsNoUrlIsAUsageError() {
        var result = run("status", "--registry", "registry:8761");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("is not a registry URL");
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var code = OrreryCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
