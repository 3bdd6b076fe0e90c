package dev.orrery.gateway.traffic;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/// `GET /orrery/traffic`: a server-sent event stream with one `traffic` event per routed request.
@RestController
class TrafficController {

    private final TrafficStream stream;
    private final JsonMapper json;
    private final AtomicLong subscriberNumbers = new AtomicLong();
    private final Set<TrafficSender> senders = ConcurrentHashMap.newKeySet();

    TrafficController(TrafficStream stream, JsonMapper json) {
        this.stream = stream;
        this.json = json;
    }

    @GetMapping(path = "/orrery/traffic", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter traffic() {
        // 0: no timeout; the stream lasts as long as the subscriber stays connected.
        var emitter = new SseEmitter(0L);
        var subscription = stream.subscribe();
        emitter.onCompletion(subscription::close);
        emitter.onTimeout(subscription::close);
        emitter.onError(failure -> subscription.close());

        var sender = new TrafficSender(subscription, emitter, json);
        senders.add(sender);
        Thread.ofVirtual()
                .name("traffic-subscriber-" + subscriberNumbers.incrementAndGet())
                .start(() -> {
                    sender.run();
                    senders.remove(sender);
                });
        return emitter;
    }

    /// Ends every open stream when the gateway shuts down: an open stream is an active request, and the web
    /// server's graceful shutdown would otherwise wait for it until its timeout (30 s, measured).
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        senders.forEach(TrafficSender::stop);
    }
}
