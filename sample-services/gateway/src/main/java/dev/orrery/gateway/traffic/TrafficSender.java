package dev.orrery.gateway.traffic;

import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/// Writes one subscriber's events to its SSE connection, on a thread of its own so that a slow connection only
/// ever delays itself.
///
/// A comment line goes out when no event came for [#HEARTBEAT]: it keeps idle connections open through proxies
/// and lets the gateway notice a subscriber that went away without closing.
final class TrafficSender {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(TrafficSender.class);

    private final TrafficSubscription subscription;
    private final SseEmitter emitter;
    private final JsonMapper json;
    private volatile @Nullable Thread thread;

    TrafficSender(TrafficSubscription subscription, SseEmitter emitter, JsonMapper json) {
        this.subscription = subscription;
        this.emitter = emitter;
        this.json = json;
    }

    void run() {
        thread = Thread.currentThread();
        try (subscription) {
            emitter.send(SseEmitter.event().comment("orrery traffic"));
            while (!subscription.isClosed()) {
                sendNext();
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Traffic subscriber went away: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (subscription.dropped() > 0) {
                LOG.info("A slow traffic subscriber missed {} events", subscription.dropped());
            }
            emitter.complete();
        }
    }

    /// Ends the stream: the sender stops waiting for events and completes the response.
    void stop() {
        subscription.close();
        var running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    private void sendNext() throws IOException, InterruptedException {
        var event = subscription.next(HEARTBEAT);
        if (event.isEmpty()) {
            emitter.send(SseEmitter.event().comment("keep-alive"));
            return;
        }
        emitter.send(SseEmitter.event().name("traffic").data(json.writeValueAsString(event.get())));
    }
}
