package dev.orrery.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.topology.TopologyPresets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The written folder is a kustomization that `kubectl kustomize` renders offline, where kubectl is installed.
class KustomizeRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "4"})
    void writtenFolderRendersWithKubectlKustomize(String preset, @TempDir Path folder) throws Exception {
        var bundle = new KubernetesExport(ExportOptions.defaults()).export(TopologyPresets.load(preset));
        bundle.write(folder);

        assertThat(Files.getPosixFilePermissions(folder.resolve("kustomization.yaml"))
                        .toString())
                .contains("OTHERS_READ");
        var expectedObjects = KubernetesExportTest.objects(bundle).size();
        var kubectl = kubectl();
        Assumptions.assumeTrue(kubectl != null, "kubectl is not installed: rendering not checked");
        var process = new ProcessBuilder(kubectl.toString(), "kustomize", folder.toString())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(YamlDocuments.readKubernetes(output)).hasSize(expectedObjects);
    }

    private static Path kubectl() throws IOException {
        for (var folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            var candidate = Path.of(folder, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
