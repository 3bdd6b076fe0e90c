package dev.orrery.gateway.routing;

import dev.orrery.gateway.traffic.TrafficEvent;
import dev.orrery.gateway.traffic.TrafficStream;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/// The gateway's routes, resolved per request from the first path segment rather than built once as a table.
///
/// The MVC gateway has no discovery locator, and its router functions are fixed when the application starts.
/// Rebuilding a route table on every registry change would need a refresh timer and a swap under concurrent
/// requests; looking up the first segment in the registry client's local copy (refreshed every second) costs a
/// set lookup per request, holds no state that can go stale, and makes a service registered at run time
/// routable as soon as the gateway's registry client has fetched it.
///
/// Per request: refuse instances' actuator and control paths; resolve the route; answer a method it does not forward
/// with 501; forward with retries; map "no instance" to 503 and "unreachable" to 502; publish one traffic event.
final class ServiceRouter implements RouterFunction<ServerResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRouter.class);

    private final RouteResolver resolver;
    private final InstanceForwarder forwarder;
    private final TrafficStream traffic;
    private final ProblemAnswers problems;

    ServiceRouter(RouteResolver resolver, InstanceForwarder forwarder, TrafficStream traffic, ProblemAnswers problems) {
        this.resolver = resolver;
        this.forwarder = forwarder;
        this.traffic = traffic;
        this.problems = problems;
    }

    @Override
    public Optional<HandlerFunction<ServerResponse>> route(ServerRequest request) {
        var path = RequestPath.of(request);
        if (path.hasLaterSegment("actuator") || path.hasSegment("orrery-control")) {
            return Optional.of(refused -> problems.refused(refused.path()));
        }
        return resolver.resolve(path).map(target -> routed -> handle(target, routed));
    }

    private ServerResponse handle(RouteTarget target, ServerRequest request) throws Exception {
        var time = Instant.now();
        var started = System.nanoTime();
        var chosen = new AtomicReference<@Nullable ChosenInstance>();

        var response = forward(target, request, chosen);

        var latencyMs = Math.round((System.nanoTime() - started) / 100_000.0) / 10.0;
        var instance = Optional.ofNullable(chosen.get());
        traffic.publish(new TrafficEvent(
                time,
                target.routeId(),
                target.serviceId(),
                instance.map(ChosenInstance::instanceId),
                instance.map(i -> i.url().toString()),
                request.method().name(),
                request.path(),
                response.statusCode().value(),
                latencyMs));
        return response;
    }

    private ServerResponse forward(
            RouteTarget target, ServerRequest request, AtomicReference<@Nullable ChosenInstance> chosen)
            throws Exception {
        if (!ForwardedMethods.contains(request.method())) {
            LOG.debug("{} {}: not a method the gateway forwards", request.method(), request.path());
            return problems.methodNotForwarded(request.method().name(), request.path());
        }
        var forwarded =
                target.stripPrefix() ? BeforeFilterFunctions.stripPrefix(1).apply(request) : request;
        try {
            return ServedByPassThrough.of(forwarder.forward(forwarded, target.serviceId(), chosen::set));
        } catch (NoInstanceException e) {
            LOG.debug("{} {}: {}", request.method(), request.path(), e.getMessage());
            return problems.noInstance(e.serviceId(), request.path());
        } catch (InstanceUnreachableException e) {
            LOG.warn("{} {}: {}", request.method(), request.path(), e.getMessage());
            return problems.unreachable(e, request.path());
        }
    }
}
