package dev.orrery.support.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/// Derives the bad requests for an endpoint: malformed JSON, wrong types per field, unknown ids, a huge body, a
/// missing or wrong content type and methods it does not answer.
public final class BadRequests {

    /// Larger than any body a service accepts.
    public static final int HUGE_BODY_BYTES = 5 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MALFORMED =
            List.of("{", "{\"a\":", "not json", "{\"busy\": tru}", "\u0000\u0001\u0002", "{\"a\":1}}", "[1,,2]", "'x'");
    private static final List<String> NON_OBJECTS = List.of("[]", "\"text\"", "42", "null", "[{}]");
    private static final List<String> UNKNOWN_IDS =
            List.of("999999", "0", "-1", "abc", "1.5", "99999999999999999999", "%20", "1%00", "%F0%9F%A6%B8");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private BadRequests() {}

    /// The paths no service answers, whatever it is: escapes, doubled slashes, very long ones.
    public static List<BadRequest> oddPaths(String knownPath) {
        return List.of(
                BadRequest.bare("encoded dot-dot", "GET", "/..%2f"),
                BadRequest.bare("encoded dot-dot before a path", "GET", "/..%2f" + knownPath.substring(1)),
                BadRequest.bare("traversal", "GET", knownPath + "/..%2f..%2f..%2fetc%2fpasswd"),
                BadRequest.bare("traversal to the configuration", "GET", "/img/..%2f..%2fapplication.yaml"),
                BadRequest.bare("doubled slash", "GET", "/" + knownPath),
                BadRequest.bare("encoded slash", "GET", knownPath + "%2f1"),
                BadRequest.bare("encoded nul", "GET", knownPath + "%00"),
                BadRequest.bare("invalid UTF-8", "GET", knownPath + "/%ff%fe"),
                BadRequest.bare("long path", "GET", knownPath + "/" + "a".repeat(4_000)),
                BadRequest.bare("very long path", "GET", knownPath + "/" + "a".repeat(20_000)),
                BadRequest.bare("unknown path", "GET", "/no-such-endpoint"));
    }

    /// Every bad request for the endpoints of one service: their bodies and ids, and the methods none of the
    /// endpoints on a path answers.
    public static List<BadRequest> forEndpoints(List<Endpoint> endpoints) {
        var requests = new ArrayList<BadRequest>();
        for (var endpoint : endpoints) {
            endpoint.validBody().ifPresent(body -> requests.addAll(bodies(endpoint, body)));
            endpoint.idPath()
                    .ifPresent(idPath -> UNKNOWN_IDS.forEach(id -> requests.add(withBody(
                            "unknown id " + id,
                            endpoint,
                            idPath.formatted(id),
                            endpoint.validBody().orElse("")))));
            METHODS.stream()
                    .filter(method -> endpoints.stream()
                            .noneMatch(e -> e.path().equals(endpoint.path())
                                    && e.method().equals(method)))
                    .sorted()
                    .forEach(method -> requests.add(BadRequest.json("wrong method", method, endpoint.path(), "{}")));
        }
        return requests;
    }

    private static List<BadRequest> bodies(Endpoint endpoint, String validBody) {
        var requests = new ArrayList<BadRequest>();
        var path = endpoint.path();
        MALFORMED.forEach(body -> requests.add(BadRequest.json("malformed JSON", endpoint.method(), path, body)));
        NON_OBJECTS.forEach(body -> requests.add(BadRequest.json("not an object", endpoint.method(), path, body)));
        wrongTypes(validBody)
                .forEach(body -> requests.add(BadRequest.json("wrong type", endpoint.method(), path, body)));
        var hugeBody = BadRequest.json("huge body", endpoint.method(), path, huge(validBody));
        requests.add(hugeBody);
        requests.add(hugeBody.sentInChunks());
        requests.add(new BadRequest("no content type", endpoint.method(), path, Optional.empty(), bytes(validBody)));
        requests.add(new BadRequest(
                "text content type", endpoint.method(), path, Optional.of("text/plain"), bytes(validBody)));
        requests.add(new BadRequest(
                "XML content type", endpoint.method(), path, Optional.of("application/xml"), bytes("<a/>")));
        return requests;
    }

    /// The valid body with one field at a time replaced by a value no conversion can turn into the right type.
    static List<String> wrongTypes(String validBody) {
        var valid = (ObjectNode) JSON.readTree(validBody);
        var bodies = new ArrayList<String>();
        for (Map.Entry<String, JsonNode> field : valid.properties()) {
            var wrong = valid.deepCopy();
            wrong.set(field.getKey(), wrongValue(field.getValue()));
            bodies.add(JSON.writeValueAsString(wrong));
        }
        return bodies;
    }

    private static JsonNode wrongValue(JsonNode value) {
        if (value.isString() || value.isNumber()) {
            return JSON.readTree("{\"nested\": [1, 2]}");
        }
        if (value.isBoolean()) {
            return JSON.readTree("\"maybe\"");
        }
        return JSON.readTree(value.isArray() ? "{\"not\": \"a list\"}" : "[1]");
    }

    /// The valid body with its first string value padded to 5 MB (or a 5 MB list where it has no string).
    static String huge(String validBody) {
        var valid = (ObjectNode) JSON.readTree(validBody);
        for (Map.Entry<String, JsonNode> field : valid.properties()) {
            if (field.getValue().isString()) {
                valid.put(field.getKey(), "x".repeat(HUGE_BODY_BYTES));
                return JSON.writeValueAsString(valid);
            }
        }
        return "[" + "1,".repeat(HUGE_BODY_BYTES / 2) + "1]";
    }

    private static BadRequest withBody(String what, Endpoint endpoint, String path, String body) {
        return body.isEmpty()
                ? BadRequest.bare(what, endpoint.method(), path)
                : BadRequest.json(what, endpoint.method(), path, body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
