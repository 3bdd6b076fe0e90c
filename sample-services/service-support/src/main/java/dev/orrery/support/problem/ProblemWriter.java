package dev.orrery.support.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/// Creates problem bodies that name this instance, and writes them straight to a servlet response for code that runs
/// outside Spring MVC (filters).
public final class ProblemWriter {

    /// The problem property naming the instance that answered (same value as the `X-Served-By` header).
    public static final String SERVED_BY = "servedBy";

    private static final String TYPE_PREFIX = "urn:orrery:problem:";
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String instanceId;

    public ProblemWriter(String instanceId) {
        this.instanceId = instanceId;
    }

    /// A problem of type `urn:orrery:problem:<kind>` for the request path `instance`.
    public ProblemDetail create(HttpStatus status, String kind, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + kind));
        problem.setInstance(URI.create(instance));
        return stamp(problem);
    }

    /// Adds this instance's id to a problem made elsewhere (by Spring or a controller), and a type derived from its
    /// status where it had none, so that every problem has all five standard members.
    public ProblemDetail stamp(ProblemDetail problem) {
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            String kind = status == null ? "status-" + problem.getStatus() : kind(status);
            problem.setType(URI.create(TYPE_PREFIX + kind));
        }
        problem.setProperty(SERVED_BY, instanceId);
        return problem;
    }

    /// The problem kind for a bare status, e.g. `not-found`.
    static String kind(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /// Writes the problem as the whole response (status, content type, body).
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(toJson(problem));
        response.getWriter().flush();
    }

    /// The problem as JSON text, for writers that are not a servlet response (the servlet container's error report).
    public String toJson(ProblemDetail problem) {
        return JSON.writeValueAsString(body(problem));
    }

    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
