package dev.orrery.support.fault;

import dev.orrery.support.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// The control endpoint `/orrery-control/fault`: `GET` shows the fault, `POST` with
/// `{"latencyMs": 800, "failureShare": 0.3}` replaces it, `DELETE` heals the instance.
///
/// Only a caller presenting the cluster's control secret in [ControlSecret#HEADER] gets in; anyone else gets a 403
/// problem. It runs before the token check, so that the runtime needs no user token, and the gateway never routes a
/// path with an `orrery-control` segment, so that the endpoint is reachable only on the instance's own port.
public final class FaultControlFilter extends OncePerRequestFilter {

    /// The endpoint's path on every instance.
    public static final String PATH = "/orrery-control/fault";

    private static final Logger LOG = LoggerFactory.getLogger(FaultControlFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FaultSwitch faults;
    private final ControlSecret secret;
    private final ProblemWriter problems;

    public FaultControlFilter(FaultSwitch faults, ControlSecret secret, ProblemWriter problems) {
        this.faults = faults;
        this.secret = secret;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!secret.matches(Optional.ofNullable(request.getHeader(ControlSecret.HEADER)))) {
            LOG.warn("Refused a fault control request from {}: no or wrong control secret", request.getRemoteAddr());
            var detail = secret.configured()
                    ? "The control secret is missing or wrong; only the Orrery runtime may inject faults"
                    : "Fault control is off: this instance was started without orrery.control.secret-file";
            refuse(response, HttpStatus.FORBIDDEN, "control-refused", detail);
            return;
        }

        switch (request.getMethod()) {
            case "GET" -> answer(response);
            case "DELETE" -> {
                faults.clear();
                answer(response);
            }
            case "POST", "PUT" -> replace(request, response);
            default ->
                refuse(
                        response,
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "method-not-allowed",
                        "Use GET, POST or DELETE on " + PATH);
        }
    }

    private void replace(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServiceFault fault;
        try {
            JsonNode body = JSON.readTree(request.getInputStream().readAllBytes());
            fault = new ServiceFault(
                    body.path("latencyMs").asLong(0), body.path("failureShare").asDouble(0));
        } catch (JacksonException | IllegalArgumentException e) {
            refuse(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-fault",
                    "Send {\"latencyMs\": 0..60000, \"failureShare\": 0..1}: " + e.getMessage());
            return;
        }
        faults.set(fault);
        answer(response);
    }

    private void answer(HttpServletResponse response) throws IOException {
        var fault = faults.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("latencyMs", fault.latencyMs());
        body.put("failureShare", fault.failureShare());
        body.put("description", fault.describe());
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String kind, String detail)
            throws IOException {
        problems.write(response, problems.create(status, kind, detail, PATH));
    }
}
