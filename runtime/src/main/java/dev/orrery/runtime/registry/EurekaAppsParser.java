package dev.orrery.runtime.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Reads the JSON answer of Eureka's `GET /eureka/apps` into a [RegistrySnapshot].
///
/// Eureka's JSON has quirks this parser absorbs: `port` is an object (`{"$": 8082, "@enabled": "true"}`),
/// lease timestamps are numbers but `lastUpdatedTimestamp` is a string, a timestamp of 0 means "never", and older
/// servers write a single application or instance as an object rather than a one-element array.
public final class EurekaAppsParser {

    private final ObjectMapper mapper = new ObjectMapper();

    /// @throws IllegalArgumentException when the text is not the registry's JSON
    public RegistrySnapshot parse(String json, Instant time) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The registry's answer is not JSON: " + e.getOriginalMessage(), e);
        }
        var applications = root.path("applications");
        if (applications.isMissingNode()) {
            throw new IllegalArgumentException("The registry's answer has no 'applications'; is it a Eureka server?");
        }
        var result = new ArrayList<RegisteredApplication>();
        for (var app : items(applications.path("application"))) {
            var name = app.path("name").asText("");
            var instances = items(app.path("instance")).stream()
                    .map(i -> instance(i, name))
                    .toList();
            result.add(new RegisteredApplication(name, instances));
        }
        return new RegistrySnapshot(time, true, result);
    }

    private static RegisteredInstance instance(JsonNode node, String application) {
        var lease = node.path("leaseInfo");
        var portNode = node.path("port");
        var port = portNode.isObject() ? portNode.path("$").asInt(0) : portNode.asInt(0);
        var host = node.hasNonNull("ipAddr")
                ? node.path("ipAddr").asText()
                : node.path("hostName").asText("");
        return new RegisteredInstance(
                node.path("instanceId").asText(node.path("hostName").asText("") + ":" + port),
                node.path("app").asText(application),
                node.path("status").asText("UNKNOWN"),
                host,
                port,
                timestamp(lease.path("registrationTimestamp")),
                timestamp(lease.path("lastRenewalTimestamp")),
                lease.path("durationInSecs").asInt(0));
    }

    private static Optional<Instant> timestamp(JsonNode node) {
        var millis = node.isTextual() ? parseLong(node.asText()) : node.asLong(0);
        return millis > 0 ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<JsonNode> items(JsonNode node) {
        if (node.isArray()) {
            var list = new ArrayList<JsonNode>();
            node.forEach(list::add);
            return list;
        }
        return node.isObject() ? List.of(node) : List.of();
    }
}
