package dev.orrery.gateway.routing;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/// `GET /orrery/routes`: the gateway's routes as of now, read-only, so that the runtime shows and probes the routes
/// the gateway really has rather than a copy of its configuration.
@RestController
class RoutesController {

    private final RouteResolver resolver;

    RoutesController(RouteResolver resolver) {
        this.resolver = resolver;
    }

    @GetMapping("/orrery/routes")
    Map<String, List<RouteTarget>> routes() {
        return Map.of("routes", resolver.routes());
    }
}
