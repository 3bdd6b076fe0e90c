package dev.orrery.console.lessons;

import dev.orrery.runtime.topology.Topology;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyPresets;

/// Reads the topology a lesson runs, by preset name (`2-registry-gateway.yaml`).
@FunctionalInterface
public interface PresetLoader {

    Topology load(String preset) throws TopologyException;

    /// The presets shipped with Orrery, on their documented ports.
    static PresetLoader shipped() {
        return TopologyPresets::load;
    }
}
