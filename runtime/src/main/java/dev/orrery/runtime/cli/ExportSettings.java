package dev.orrery.runtime.cli;

import dev.orrery.runtime.export.ExportBundle;
import dev.orrery.runtime.export.ExportOptions;
import dev.orrery.runtime.export.MemoryFigures;
import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyPresets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/// The options both exports share, and the report of what was written.
final class ExportSettings {
    @Option(
            names = "--topology",
            paramLabel = "FILE",
            description = "A topology YAML file or a lesson preset (1-4). Default: ${DEFAULT-VALUE}.",
            defaultValue = TopologyPresets.DEFAULT)
    String topology = TopologyPresets.DEFAULT;

    @Option(
            names = "--image-prefix",
            paramLabel = "REPOSITORY",
            description = "Where the sample services' images are pushed (./mvnw -Pimages package"
                    + " -Dorrery.image.prefix=…). Default: ${DEFAULT-VALUE}.",
            defaultValue = ExportOptions.DEFAULT_IMAGE_PREFIX)
    String imagePrefix = ExportOptions.DEFAULT_IMAGE_PREFIX;

    @Option(names = "--image-tag", paramLabel = "TAG", description = "The images' tag. Default: Orrery's version.")
    @Nullable
    String imageTag;

    @Option(
            names = "--benchmarks",
            paramLabel = "FILE",
            description = "Benchmark notes (Markdown) whose memory figures size requests and limits. Default: the"
                    + " figures bundled with Orrery, else documented defaults.")
    @Nullable
    Path benchmarks;

    Topology topology() {
        return TopologySource.load(topology);
    }

    ExportOptions options() {
        var options = ExportOptions.defaults().withImagePrefix(imagePrefix).withMemory(memory());
        return Optional.ofNullable(imageTag).map(options::withImageTag).orElse(options);
    }

    private MemoryFigures memory() {
        if (benchmarks == null) {
            return MemoryFigures.bundled();
        }
        try {
            return MemoryFigures.fromBenchmarks(Files.readString(benchmarks), benchmarks.toString());
        } catch (IOException e) {
            throw new CliException(
                    "cannot read the benchmarks " + benchmarks.toAbsolutePath() + ": " + e.getMessage(),
                    "give a readable Markdown file, or leave --benchmarks out");
        }
    }

    /// Writes the files and tells the user what they got and what to do next.
    static void writeAndReport(ExportBundle bundle, Path folder, PrintWriter out) {
        var written = bundle.write(folder);
        out.println("Wrote " + written.size() + " files to " + folder.toAbsolutePath() + ":");
        bundle.files().forEach(f -> out.println("  " + f.path() + (f.secret() ? "   (secret, owner-only)" : "")));
        out.println();
        bundle.notes().forEach(note -> out.println("- " + note));
    }
}
