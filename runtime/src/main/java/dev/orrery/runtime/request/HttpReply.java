package dev.orrery.runtime.request;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// What came back: status, headers, body, how long it took and which instance served it (`X-Served-By`).
public record HttpReply(
        int status, Map<String, List<String>> headers, String body, Duration elapsed, Optional<String> servedBy) {
    public static final String SERVED_BY = "X-Served-By";

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
