package dev.orrery.console.shell;

import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.TopologyPresets;
import dev.orrery.runtime.topology.TopologyScaling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/// Saves the topology the cluster runs, with the instance counts it has now (after scaling), as a YAML file.
final class TopologyFile {

    private final Cluster cluster;

    TopologyFile(Cluster cluster) {
        this.cluster = cluster;
    }

    /// @param key the preset's name or the source file's path, as in the topology picker
    void save(String key, Path target) {
        try {
            var text = TopologyPresets.NAMES.contains(key) ? TopologyPresets.text(key) : Files.readString(Path.of(key));
            var counts = new LinkedHashMap<String, Integer>();
            cluster.snapshot().components().forEach(c -> counts.put(c.id(), c.desiredInstances()));
            DataFolder.writeAtomically(target, TopologyScaling.withInstances(text, counts));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the topology " + key, e);
        }
    }
}
