package dev.orrery.runtime.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.supervisor.InstanceState;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// What each running heroes-service instance answers to `GET /heroes`, asked directly (not through the gateway),
/// so that instances can be compared.
final class HeroAnswers {
    static final String HEROES_SERVICE = "heroes-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> byInstance;

    private HeroAnswers(Map<String, JsonNode> byInstance) {
        this.byInstance = byInstance;
    }

    static HeroAnswers ask(ClusterSnapshot snapshot, ClusterProbe probe, Optional<String> token) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (InstanceSnapshot instance : upInstances(snapshot, HEROES_SERVICE)) {
            probe.get(instance.url() + "/heroes", token)
                    .filter(answer -> answer.status() == 200)
                    .flatMap(answer -> parse(answer.body()))
                    .ifPresent(list -> answers.put(instance.id().toString(), list));
        }
        return new HeroAnswers(answers);
    }

    static List<InstanceSnapshot> upInstances(ClusterSnapshot snapshot, String serviceId) {
        return snapshot.component(serviceId).stream()
                .flatMap(c -> c.instances().stream())
                .filter(i -> i.state() == InstanceState.UP)
                .toList();
    }

    int instancesAnswering() {
        return byInstance.size();
    }

    boolean allAgree() {
        return byInstance.values().stream().distinct().count() <= 1;
    }

    boolean anyBusy() {
        return byInstance.values().stream()
                .flatMap(list -> list.valueStream())
                .anyMatch(hero -> hero.path("busy").asBoolean(false));
    }

    /// The most heroes any instance listed.
    int largestCount() {
        return byInstance.values().stream().mapToInt(JsonNode::size).max().orElse(0);
    }

    /// E.g. "heroes-service-1 lists 5 heroes, heroes-service-2 lists 4".
    String describe() {
        if (byInstance.isEmpty()) {
            return "no heroes-service instance answered GET /heroes";
        }
        return String.join(
                ", ",
                byInstance.entrySet().stream()
                        .map(e -> e.getKey() + " lists " + e.getValue().size() + " heroes")
                        .toList());
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.isArray() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
