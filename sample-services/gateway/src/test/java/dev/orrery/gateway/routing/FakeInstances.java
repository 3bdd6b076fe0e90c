package dev.orrery.gateway.routing;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/// Instances of one service chosen round robin, some dead, and a proxy that answers as the chosen instance would.
final class FakeInstances implements InstanceChooser {

    private final List<ServiceInstance> instances = new ArrayList<>();
    private final Set<Integer> refusing;
    private final Set<Integer> breaking;
    private Set<Integer> hanging = Set.of();
    private final List<String> tried = new ArrayList<>();
    private final List<String> forwardedPaths = new ArrayList<>();
    private int next;

    /// `count` instances on ports 9001…; those in `refusing` refuse connections, those in `breaking` reset them.
    FakeInstances(int count, Set<Integer> refusing, Set<Integer> breaking) {
        for (int i = 0; i < count; i++) {
            instances.add(new DefaultServiceInstance(
                    "heroes-service:127.0.0.1:" + (9001 + i), "heroes-service", "127.0.0.1", 9001 + i, false));
        }
        this.refusing = refusing;
        this.breaking = breaking;
    }

    /// Makes the instances in `indexes` accept a request but not answer within the read timeout (paused or slow).
    FakeInstances hanging(Set<Integer> indexes) {
        this.hanging = indexes;
        return this;
    }

    @Override
    public Optional<ServiceInstance> choose(String serviceId) {
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(instances.get(next++ % instances.size()));
    }

    HandlerFunction<ServerResponse> proxy() {
        return this::answer;
    }

    List<String> tried() {
        return tried;
    }

    List<String> forwardedPaths() {
        return forwardedPaths;
    }

    private ServerResponse answer(ServerRequest request) {
        URI url = MvcUtils.getAttribute(request, MvcUtils.GATEWAY_REQUEST_URL_ATTR);
        var index = url.getPort() - 9001;
        tried.add("heroes-service:127.0.0.1:" + url.getPort());
        forwardedPaths.add(request.uri().getRawPath());
        if (refusing.contains(index)) {
            throw new ResourceAccessException("I/O error", new ConnectException("Connection refused"));
        }
        if (hanging.contains(index)) {
            throw new ResourceAccessException("I/O error", new SocketTimeoutException("Read timed out"));
        }
        if (breaking.contains(index)) {
            throw new ResourceAccessException("I/O error", new SocketException("Connection reset"));
        }
        return ServerResponse.ok()
                .header("X-Served-By", "heroes-service:127.0.0.1:" + url.getPort())
                .build();
    }
}
