package dev.orrery.runtime.cli;

import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyParser;
import dev.orrery.runtime.topology.TopologyPresets;
import java.nio.file.Files;
import java.nio.file.Path;

/// Reads the topology named on the command line: a YAML file when one exists at that path, else a lesson preset
/// (`4`, `4-tokens`, `4-tokens.yaml`).
final class TopologySource {
    private TopologySource() {}

    static Topology load(String fileOrPreset) {
        Path file = Path.of(fileOrPreset);
        try {
            if (Files.isRegularFile(file)) {
                return new TopologyParser().read(file);
            }
            if (fileOrPreset.contains("/") || fileOrPreset.endsWith(".yml")) {
                throw new CliException(
                        "no topology file " + file.toAbsolutePath(),
                        "give an existing YAML file or a preset: " + String.join(", ", TopologyPresets.NAMES));
            }
            return TopologyPresets.load(fileOrPreset);
        } catch (TopologyException e) {
            throw new CliException(e.getMessage(), "fix the lines named above; nothing was started");
        } catch (IllegalArgumentException e) {
            throw new CliException(String.valueOf(e.getMessage()), "give a YAML file or a preset name");
        }
    }
}
