package dev.orrery.support.instance;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/// Adds `X-Served-By: <instance id>` to every response, before anything else runs, so that errors carry it too and
/// a caller behind a load balancer can see which instance answered.
public final class ServedByFilter extends OncePerRequestFilter {

    /// The response header naming the instance that answered.
    public static final String HEADER = "X-Served-By";

    private final String instanceId;

    public ServedByFilter(String instanceId) {
        this.instanceId = instanceId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, instanceId);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // An error dispatch may have reset the response; set the header again.
        return false;
    }
}
