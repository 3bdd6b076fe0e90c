package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.topology.TopologyPresets;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The picker follows the topology that runs, also when a lesson started another preset than the one picked.
class TopologyFollowTest {

    private final List<TopologyChoice> choices =
            TopologyPresets.NAMES.stream().map(ClusterCommands::presetChoice).toList();

    @Test
    void findsThePresetOfTheRunningTopology() {
        assertThat(ClusterCommands.runningChoice(choices, "registry-gateway"))
                .map(TopologyChoice::label)
                .contains("Lesson 2 · Registry gateway");
        assertThat(ClusterCommands.runningChoice(choices, "tokens"))
                .map(TopologyChoice::key)
                .contains("4-tokens.yaml");
    }

    @Test
    void leavesTheChoiceAloneForATopologyOfItsOwn() {
        assertThat(ClusterCommands.runningChoice(choices, "my-cluster")).isEmpty();
        assertThat(ClusterCommands.runningChoice(choices, "No cluster")).isEmpty();
    }
}
