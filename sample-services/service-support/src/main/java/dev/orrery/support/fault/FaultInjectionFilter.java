package dev.orrery.support.fault;

import dev.orrery.support.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/// Applies the injected fault to the instance's normal endpoints: waits the added latency, then fails the configured
/// share of requests with a 500 problem of type `urn:orrery:problem:injected-fault`.
///
/// Health (`/actuator/**`), the control endpoint (`/orrery-control/**`) and the runtime's own feeds on the gateway
/// (`/orrery/**`) are left alone: a slow or flaky instance still looks healthy to the supervisor and the registry,
/// which is exactly what such an instance looks like in production, and the registry does not evict it.
public final class FaultInjectionFilter extends OncePerRequestFilter {

    private static final List<String> EXEMPT = List.of("/actuator", "/orrery-control", "/orrery");

    private final FaultSwitch faults;
    private final ProblemWriter problems;

    public FaultInjectionFilter(FaultSwitch faults, ProblemWriter problems) {
        this.faults = faults;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return faults.current().isNone() || EXEMPT.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var fault = faults.current();
        if (fault.latencyMs() > 0) {
            try {
                Thread.sleep(fault.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException("Interrupted during injected latency", e);
            }
        }

        if (fault.failureShare() > 0 && ThreadLocalRandom.current().nextDouble() < fault.failureShare()) {
            var path = request.getRequestURI();
            var detail = "Failed on purpose: this instance is flaky (" + fault.describe() + ") by an injected fault";
            problems.write(response, problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "injected-fault", detail, path));
            return;
        }
        chain.doFilter(request, response);
    }
}
