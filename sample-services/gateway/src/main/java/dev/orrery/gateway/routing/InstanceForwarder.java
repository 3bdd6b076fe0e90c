package dev.orrery.gateway.routing;

import java.time.Duration;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/// Sends a request to an instance of a service chosen by the load balancer and, when the instance cannot be
/// reached, to a newly chosen one, up to `orrery.gateway.retries` more times with a short doubling pause.
///
/// Written here rather than taken from the gateway's `Retry` filter, which (measured with Gateway 5.0.4) stops
/// retrying connection failures as soon as spring-retry is on the class path, cannot tell a refused connection
/// from a broken one (so it would resend a half-read request body), and caches the body where the proxy does not
/// read it. The rules for what may be retried are in [FailureKind]. A retry never goes back to an instance this
/// request already tried, and no request goes first to an instance that failed any request a moment ago
/// ([RecentFailures]), when another one is registered.
final class InstanceForwarder {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceForwarder.class);

    private final InstanceChooser chooser;
    private final HandlerFunction<ServerResponse> proxy;
    private final GatewayProperties properties;
    private final RecentFailures recentFailures;

    InstanceForwarder(
            InstanceChooser chooser,
            HandlerFunction<ServerResponse> proxy,
            GatewayProperties properties,
            InstantSource clock) {
        this.chooser = chooser;
        this.proxy = proxy;
        this.properties = properties;
        this.recentFailures = new RecentFailures(properties.avoidFailedFor(), clock);
    }

    /// Forwards `request` to `serviceId`, telling `onChosen` each instance it tries.
    ///
    /// @throws NoInstanceException           when no instance is registered
    /// @throws InstanceUnreachableException  when the last instance tried could not be reached
    ServerResponse forward(ServerRequest request, String serviceId, Consumer<ChosenInstance> onChosen)
            throws Exception {
        var tried = new HashSet<String>();
        // An instance that let this request wait out the read timeout would only make it wait again.
        var timedOut = new HashSet<String>();
        @Nullable Exception lastFailure = null;
        for (int attempt = 1; ; attempt++) {
            var avoid = new HashSet<>(recentFailures.current());
            avoid.addAll(tried);
            var instance = chooser.chooseAvoiding(serviceId, avoid)
                    .map(ChosenInstance::of)
                    .orElseThrow(() -> new NoInstanceException(serviceId));
            if (lastFailure != null && timedOut.contains(instance.instanceId())) {
                throw new InstanceUnreachableException(serviceId, instance.instanceId(), attempt - 1, lastFailure);
            }
            onChosen.accept(instance);
            MvcUtils.setRequestUrl(request, instance.url());
            try {
                return proxy.handle(request);
            } catch (Exception failure) {
                var kind = FailureKind.of(failure);
                if (kind.isEmpty()) {
                    throw failure;
                }
                tried.add(instance.instanceId());
                if (FailureKind.isReadTimeout(failure)) {
                    timedOut.add(instance.instanceId());
                }
                lastFailure = failure;
                recentFailures.failed(instance.instanceId());
                if (attempt > properties.retries() || !kind.get().allowsRetryOf(request)) {
                    throw new InstanceUnreachableException(serviceId, instance.instanceId(), attempt, failure);
                }
                LOG.debug(
                        "Attempt {} of {} {} on {} failed ({}), choosing again",
                        attempt,
                        request.method(),
                        request.path(),
                        instance.instanceId(),
                        kind.get());
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) throws InterruptedException {
        var backoff = properties.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
        Thread.sleep(min(backoff, properties.maxBackoff()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
