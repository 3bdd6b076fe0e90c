package dev.orrery.runtime.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyScalingTest {

    @Test
    void setsCountsAndKeepsCommentsAndLayout() {
        var text = """
                # my class
                name: demo
                services:
                  heroes-service:   # the heroes
                    kind: builtin
                    instances: 2
                    storage: mongo
                  threats-service:
                    kind: builtin
                """;

        var scaled =
                TopologyScaling.withInstances(text, Map.of("heroes-service", 3, "threats-service", 4, "gateway", 1));

        assertThat(scaled).isEqualTo("""
                # my class
                name: demo
                services:
                  heroes-service:   # the heroes
                    kind: builtin
                    instances: 3
                    storage: mongo
                  threats-service:
                    instances: 4
                    kind: builtin
                """);
    }

    @Test
    void savedPresetParsesWithTheNewCounts() throws TopologyException {
        var text = TopologyPresets.text("2-registry-gateway.yaml");

        var scaled = TopologyScaling.withInstances(text, Map.of("heroes-service", 5));

        var topology = new TopologyParser().parse(scaled, "scaled.yaml");
        assertThat(topology.service("heroes-service").orElseThrow().instances()).isEqualTo(5);
    }
}
