package dev.orrery.console.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.orrery.runtime.request.HttpReply;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/// An answer as the composer shows it: status line, headers one per line (`X-Served-By` first), body pretty-printed
/// when it is JSON.
record ReplyText(int status, String summary, String headers, String body, String servedBy) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static ReplyText of(HttpReply reply) {
        var servedBy = reply.servedBy().orElse("");
        var summary = reply.status() + " " + reason(reply.status()) + " · "
                + reply.elapsed().toMillis() + " ms";
        return new ReplyText(reply.status(), summary, headers(reply.headers()), pretty(reply.body()), servedBy);
    }

    private static String headers(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(":"))
                .sorted((a, b) -> servedByFirst(a.getKey(), b.getKey()))
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static int servedByFirst(String a, String b) {
        boolean aFirst = a.equalsIgnoreCase(HttpReply.SERVED_BY);
        boolean bFirst = b.equalsIgnoreCase(HttpReply.SERVED_BY);
        return aFirst == bFirst ? a.compareToIgnoreCase(b) : aFirst ? -1 : 1;
    }

    static String pretty(String body) {
        var text = body.strip();
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return body;
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(text));
        } catch (IOException e) {
            return body;
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "";
        };
    }
}
