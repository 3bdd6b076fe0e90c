package dev.orrery.gateway.routing;

import static dev.orrery.gateway.routing.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.gateway.traffic.TrafficEvent;
import dev.orrery.gateway.traffic.TrafficStream;
import dev.orrery.gateway.traffic.TrafficSubscription;
import dev.orrery.support.problem.ProblemWriter;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class ServiceRouterTest {

    private static final GatewayProperties PROPERTIES = new GatewayProperties(
            3,
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofSeconds(3),
            Map.of("heroes", "heroes-service", "threats", "threats-service"));

    private final TrafficStream traffic = new TrafficStream();
    private final TrafficSubscription events = traffic.subscribe();

    @AfterEach
    void unsubscribe() {
        events.close();
    }

    @Test
    void stripsTheServiceIdBeforeForwarding() throws Exception {
        var instances = new FakeInstances(1, Set.of(), Set.of());

        var response = handle(router(instances), request("GET", "/heroes-service/heroes/1"));

        assertThat(response.statusCode().value()).isEqualTo(200);
        assertThat(instances.forwardedPaths()).containsExactly("/heroes/1");
    }

    @Test
    void shortRouteForwardsThePathAsItIs() throws Exception {
        var instances = new FakeInstances(1, Set.of(), Set.of());

        handle(router(instances), request("GET", "/heroes/1"));

        assertThat(instances.forwardedPaths()).containsExactly("/heroes/1");
    }

    @Test
    void answers503NamingTheServiceWhenNoInstanceIsRegistered() throws Exception {
        var response = handle(router(new FakeInstances(0, Set.of(), Set.of())), request("GET", "/threats"));

        var written = render(response);
        assertThat(written.getStatus()).isEqualTo(503);
        assertThat(written.getContentType()).isEqualTo("application/problem+json");
        assertThat(written.getContentAsString())
                .contains(
                        "\"status\":503",
                        "\"type\":\"urn:orrery:problem:no-instance\"",
                        "\"serviceId\":\"threats-service\"",
                        "\"servedBy\":\"gateway:test\"",
                        "\"instance\":\"/threats\"");
    }

    @Test
    void answers502NamingTheServiceWhenNoInstanceCanBeReached() throws Exception {
        var instances = new FakeInstances(2, Set.of(0, 1), Set.of());

        var written = render(handle(router(instances), request("GET", "/heroes")));

        assertThat(written.getStatus()).isEqualTo(502);
        assertThat(written.getContentAsString()).contains("\"serviceId\":\"heroes-service\"", "4 attempt(s)");
    }

    @Test
    void answers504NamingTheInstanceWhenItAcceptedButDidNotAnswerInTime() throws Exception {
        var instances = new FakeInstances(2, Set.of(), Set.of()).hanging(Set.of(0, 1));

        var written = render(handle(router(instances), request("GET", "/heroes")));

        assertThat(written.getStatus()).isEqualTo(504);
        assertThat(written.getContentAsString())
                .contains(
                        "\"type\":\"urn:orrery:problem:instance-timeout\"",
                        "\"serviceId\":\"heroes-service\"",
                        "\"instanceId\":\"heroes-service:127.0.0.1:900",
                        "read timeout");
        assertThat(instances.tried()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void answers501NamingAMethodItDoesNotForwardWithoutForwarding() throws Exception {
        var instances = new FakeInstances(1, Set.of(), Set.of());

        var written = render(handle(router(instances), request("FETCH", "/heroes")));

        assertThat(written.getStatus()).isEqualTo(501);
        assertThat(written.getContentType()).isEqualTo("application/problem+json");
        assertThat(written.getContentAsString())
                .contains(
                        "\"type\":\"urn:orrery:problem:method-not-forwarded\"",
                        "\"method\":\"FETCH\"",
                        "\"forwardedMethods\":[\"GET\",\"HEAD\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\",\"OPTIONS\"]",
                        "The gateway does not forward FETCH requests; it forwards GET, HEAD, POST, PUT, PATCH, DELETE"
                                + " and OPTIONS.");
        assertThat(instances.tried()).isEmpty();
        assertThat(events.next(Duration.ofSeconds(1)).orElseThrow().status()).isEqualTo(501);
    }

    @Test
    void forwardsEveryStandardMethodItNames() throws Exception {
        var instances = new FakeInstances(1, Set.of(), Set.of());
        var router = router(instances);

        for (var method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            assertThat(handle(router, request(method, "/heroes")).statusCode().value())
                    .as(method)
                    .isEqualTo(200);
        }
        assertThat(instances.tried()).hasSize(7);
    }

    @Test
    void refusesInstanceActuatorAndControlPathsWithoutForwarding() throws Exception {
        var instances = new FakeInstances(1, Set.of(), Set.of());
        var router = router(instances);

        for (var path : List.of(
                "/heroes-service/actuator/env",
                "/heroes/actuator/health",
                "/anything/actuator",
                "/heroes-service/orrery-control/stop",
                "/orrery-control/stop")) {
            assertThat(render(handle(router, request("GET", path))).getStatus())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(instances.tried()).isEmpty();
    }

    @Test
    void leavesUnknownPathsToTheRestOfTheGateway() {
        var router = router(new FakeInstances(1, Set.of(), Set.of()));

        assertThat(router.route(request("GET", "/actuator/health"))).isEmpty();
        assertThat(router.route(request("GET", "/orrery/traffic"))).isEmpty();
    }

    @Test
    void publishesOneTrafficEventPerRoutedRequest() throws Exception {
        var instances = new FakeInstances(2, Set.of(0), Set.of());

        handle(router(instances), request("GET", "/heroes-service/heroes"));

        var event = events.next(Duration.ofSeconds(1)).orElseThrow();
        assertThat(event.route()).isEqualTo("/heroes-service/**");
        assertThat(event.serviceId()).isEqualTo("heroes-service");
        assertThat(event.instanceId()).contains("heroes-service:127.0.0.1:9002");
        assertThat(event.instanceUrl()).contains("http://127.0.0.1:9002");
        assertThat(event.method()).isEqualTo("GET");
        assertThat(event.path()).isEqualTo("/heroes-service/heroes");
        assertThat(event.status()).isEqualTo(200);
        assertThat(event.latencyMs()).isGreaterThanOrEqualTo(0.0);
        assertThat(events.next(Duration.ZERO)).isEmpty();
    }

    @Test
    void trafficEventOfAnUnservedRequestHasNoInstance() throws Exception {
        handle(router(new FakeInstances(0, Set.of(), Set.of())), request("DELETE", "/heroes/4"));

        TrafficEvent event = events.next(Duration.ofSeconds(1)).orElseThrow();
        assertThat(event.status()).isEqualTo(503);
        assertThat(event.instanceId()).isEmpty();
        assertThat(event.instanceUrl()).isEmpty();
    }

    private ServiceRouter router(FakeInstances instances) {
        var catalog = new ServiceCatalog(List::of, PROPERTIES.shortRoutes().values(), "gateway");
        return new ServiceRouter(
                new RouteResolver(PROPERTIES.shortRoutes(), catalog),
                new InstanceForwarder(instances, instances.proxy(), PROPERTIES, InstantSource.system()),
                traffic,
                new ProblemAnswers(new ProblemWriter("gateway:test")));
    }

    private static ServerResponse handle(ServiceRouter router, ServerRequest request) throws Exception {
        return router.route(request).orElseThrow().handle(request);
    }

    private static MockHttpServletResponse render(ServerResponse response) throws Exception {
        var servletResponse = new MockHttpServletResponse();
        List<HttpMessageConverter<?>> converters = List.of(new JacksonJsonHttpMessageConverter());
        response.writeTo(new MockHttpServletRequest(), servletResponse, () -> converters);
        return servletResponse;
    }
}
