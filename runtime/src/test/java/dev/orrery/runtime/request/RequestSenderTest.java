package dev.orrery.runtime.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestSenderTest {
    private HttpServer server;
    private final AtomicReference<String> seenAuthorization = new AtomicReference<>("");
    private final AtomicReference<String> seenBody = new AtomicReference<>("");

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/heroes", exchange -> {
            seenAuthorization.set(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seenBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "[{\"name\":\"Storm\"}]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Served-By", "heroes-service:127.0.0.1:8081");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI gateway() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sendsBodyAndTokenAndReportsTheServingInstance() {
        URI url = RequestTarget.resolve("/heroes", gateway());
        var call = HttpCall.of("POST", url).withJsonBody("{\"name\":\"Storm\"}").withToken("t0k3n");

        HttpReply reply = RequestSender.local(Duration.ofSeconds(5)).send(call);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).isEqualTo("[{\"name\":\"Storm\"}]");
        assertThat(reply.servedBy()).contains("heroes-service:127.0.0.1:8081");
        assertThat(reply.elapsed()).isPositive();
        assertThat(seenAuthorization.get()).isEqualTo("Bearer t0k3n");
        assertThat(seenBody.get()).isEqualTo("{\"name\":\"Storm\"}");
    }

    @Test
    void pathsWithoutSlashAndFullUrlsResolve() {
        assertThat(RequestTarget.resolve("heroes/1", gateway()))
                .isEqualTo(gateway().resolve("/heroes/1"));
        assertThat(RequestTarget.resolve("http://127.0.0.1:8081/heroes", gateway()))
                .isEqualTo(URI.create("http://127.0.0.1:8081/heroes"));
    }

    @Test
    void refusesHostsOtherThanThisMachine() {
        var call = HttpCall.of("GET", URI.create("http://example.org/heroes"));

        assertThatThrownBy(() -> RequestSender.local(Duration.ofSeconds(1)).send(call))
                .hasMessageContaining("only to this machine");
    }

    @Test
    void explainsAConnectionRefused() {
        int port = server.getAddress().getPort();
        server.stop(0);
        var call = HttpCall.of("GET", URI.create("http://127.0.0.1:" + port + "/heroes"));

        assertThatThrownBy(() -> RequestSender.local(Duration.ofSeconds(5)).send(call))
                .isInstanceOf(RequestFailedException.class)
                .hasMessageContaining("is the cluster (or that instance) running?");
    }
}
