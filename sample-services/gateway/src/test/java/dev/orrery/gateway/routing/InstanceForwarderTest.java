package dev.orrery.gateway.routing;

import static dev.orrery.gateway.routing.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class InstanceForwarderTest {

    private static final GatewayProperties PROPERTIES =
            new GatewayProperties(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(3), Map.of());

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
    private final InstantSource clock = now::get;
    private final Map<FakeInstances, InstanceForwarder> forwarders = new IdentityHashMap<>();

    @Test
    void retriesARefusedGetOnTheNextInstance() throws Exception {
        var instances = new FakeInstances(2, Set.of(0), Set.of());

        var response = forward(instances, "GET", "/heroes");

        assertThat(response.headers().getFirst("X-Served-By")).isEqualTo("heroes-service:127.0.0.1:9002");
        assertThat(instances.tried()).containsExactly("heroes-service:127.0.0.1:9001", "heroes-service:127.0.0.1:9002");
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        var instances = new FakeInstances(1, Set.of(0), Set.of());

        assertThatThrownBy(() -> forward(instances, "GET", "/heroes"))
                .isInstanceOfSatisfying(InstanceUnreachableException.class, e -> {
                    assertThat(e.serviceId()).isEqualTo("heroes-service");
                    assertThat(e.attempts()).isEqualTo(4);
                });
        assertThat(instances.tried()).hasSize(4);
    }

    @Test
    void neverRetriesAPost() {
        var instances = new FakeInstances(2, Set.of(0), Set.of());

        assertThatThrownBy(() -> forward(instances, "POST", "/heroes"))
                .isInstanceOf(InstanceUnreachableException.class);
        assertThat(instances.tried()).hasSize(1);
    }

    @Test
    void retriesAPutWithBodyOnlyWhenTheConnectionWasRefused() throws Exception {
        var body = "{\"displayName\":\"Storm\"}".getBytes(StandardCharsets.UTF_8);
        var refused = new FakeInstances(2, Set.of(0), Set.of());
        var broken = new FakeInstances(2, Set.of(), Set.of(0));

        assertThat(forward(refused, request("PUT", "/heroes/1", body))
                        .statusCode()
                        .value())
                .isEqualTo(200);
        assertThatThrownBy(() -> forward(broken, request("PUT", "/heroes/1", body)))
                .isInstanceOf(InstanceUnreachableException.class);
        assertThat(broken.tried()).hasSize(1);
    }

    @Test
    void retriesABrokenGet() throws Exception {
        var instances = new FakeInstances(2, Set.of(), Set.of(0));

        assertThat(forward(instances, "GET", "/heroes").statusCode().value()).isEqualTo(200);
    }

    @Test
    void reportsEveryInstanceItTries() throws Exception {
        var instances = new FakeInstances(3, Set.of(0, 1), Set.of());
        var chosen = new ArrayList<String>();
        var forwarder = new InstanceForwarder(instances, instances.proxy(), PROPERTIES, clock);

        forwarder.forward(request("GET", "/heroes"), "heroes-service", instance -> chosen.add(instance.instanceId()));

        assertThat(chosen).containsExactlyElementsOf(instances.tried());
        assertThat(chosen).last().isEqualTo("heroes-service:127.0.0.1:9003");
    }

    @Test
    void noRegisteredInstanceIsItsOwnFailure() {
        var instances = new FakeInstances(0, Set.of(), Set.of());

        assertThatThrownBy(() -> forward(instances, "GET", "/heroes"))
                .isInstanceOfSatisfying(
                        NoInstanceException.class,
                        e -> assertThat(e.serviceId()).isEqualTo("heroes-service"));
    }

    @Test
    void laterRequestsPassOverAnInstanceThatJustFailed() throws Exception {
        var instances = new FakeInstances(2, Set.of(0), Set.of());
        forward(instances, "GET", "/heroes");

        for (int i = 0; i < 3; i++) {
            assertThat(forward(instances, "GET", "/heroes").headers().getFirst("X-Served-By"))
                    .isEqualTo("heroes-service:127.0.0.1:9002");
        }
        assertThat(instances.tried()).filteredOn(id -> id.endsWith(":9001")).hasSize(1);
    }

    @Test
    void anInstanceIsTriedAgainOnceItsFailureIsOlderThanTheSetting() throws Exception {
        var instances = new FakeInstances(2, Set.of(0), Set.of());
        forward(instances, "GET", "/heroes");
        forward(instances, "GET", "/heroes");

        now.set(now.get().plusSeconds(4));
        forward(instances, "GET", "/heroes");

        assertThat(instances.tried()).filteredOn(id -> id.endsWith(":9001")).hasSize(2);
    }

    @Test
    void theOnlyInstanceIsStillTriedAfterItFailed() throws Exception {
        var instances = new FakeInstances(1, Set.of(), Set.of(0));
        assertThatThrownBy(() -> forward(instances, "GET", "/heroes")).isInstanceOf(InstanceUnreachableException.class);

        assertThat(instances.tried()).hasSize(4);
    }

    @Test
    void anInstanceThatTimedOutIsNotTriedAgainForTheSameRequest() {
        var instances = new FakeInstances(1, Set.of(), Set.of()).hanging(Set.of(0));

        assertThatThrownBy(() -> forward(instances, "GET", "/heroes"))
                .isInstanceOfSatisfying(InstanceUnreachableException.class, e -> {
                    assertThat(e.timedOut()).isTrue();
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(instances.tried()).hasSize(1);
    }

    @Test
    void aTimeoutIsRetriedOnAnotherInstance() throws Exception {
        var instances = new FakeInstances(2, Set.of(), Set.of()).hanging(Set.of(0));

        var response = forward(instances, "GET", "/heroes");

        assertThat(response.headers().getFirst("X-Served-By")).isEqualTo("heroes-service:127.0.0.1:9002");
    }

    private ServerResponse forward(FakeInstances instances, String method, String path) throws Exception {
        return forward(instances, request(method, path));
    }

    private ServerResponse forward(FakeInstances instances, ServerRequest request) throws Exception {
        // One forwarder per set of instances, as the gateway has one: it remembers which instances failed.
        var forwarder =
                forwarders.computeIfAbsent(instances, i -> new InstanceForwarder(i, i.proxy(), PROPERTIES, clock));
        return forwarder.forward(request, "heroes-service", instance -> {});
    }
}
