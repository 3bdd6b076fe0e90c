package dev.orrery.runtime.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/// Reads the data of one `traffic` server-sent event of the gateway (format in `docs/service-contract.md`).
public final class TrafficEventParser {

    private final ObjectMapper mapper = new ObjectMapper();

    /// The event, or empty when the data is not a traffic event (then it is skipped, not fatal).
    public Optional<TrafficEvent> parse(String data) {
        try {
            var node = mapper.readTree(data);
            if (!node.hasNonNull("serviceId") || !node.hasNonNull("status")) {
                return Optional.empty();
            }
            return Optional.of(new TrafficEvent(
                    time(node.path("time").asText("")),
                    node.path("route").asText(node.path("serviceId").asText()),
                    node.path("serviceId").asText(),
                    node.path("instanceId").asText(""),
                    node.path("instanceUrl").asText(""),
                    node.path("method").asText("GET"),
                    node.path("path").asText("/"),
                    node.path("status").asInt(),
                    node.path("latencyMs").asDouble()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
