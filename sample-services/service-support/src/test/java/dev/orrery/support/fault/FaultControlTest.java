package dev.orrery.support.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.support.testapp.SupportTestApplication;
import dev.orrery.support.token.KeyFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        classes = SupportTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=test-service")
class FaultControlTest {

    private static final String SECRET = "s3cret-for-this-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FaultSwitch faults;

    @DynamicPropertySource
    static void secretFile(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempDirectory("orrery-control").resolve("control-secret");
        KeyFiles.writeOwnerOnly(file, SECRET + "\n");
        file.toFile().deleteOnExit();
        registry.add(FaultAutoConfiguration.SECRET_FILE, file::toString);
    }

    @AfterEach
    void heal() {
        faults.clear();
    }

    @Test
    void refusesControlWithoutOrWithAWrongSecret() throws Exception {
        var without = send("POST", FaultControlFilter.PATH, "{\"failureShare\": 1}", null);
        var wrong = send("POST", FaultControlFilter.PATH, "{\"failureShare\": 1}", "guess");

        for (var response : java.util.List.of(without, wrong)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json;charset=UTF-8");
            assertThat(response.body()).contains("urn:orrery:problem:control-refused", "servedBy");
        }
        assertThat(faults.current().isNone()).isTrue();
    }

    @Test
    void flakyInstanceFailsItsEndpointsButNotItsHealth() throws Exception {
        var set = send("POST", FaultControlFilter.PATH, "{\"failureShare\": 1}", SECRET);

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).contains("\"failureShare\":1.0", "flaky 100 %");
        var failed = send("GET", "/heroes/1", null, null);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("urn:orrery:problem:injected-fault");
        assertThat(failed.headers().firstValue("X-Served-By")).isPresent();
        // The test application has no actuator: a plain 404 shows the path reached the application untouched.
        var health = send("GET", "/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(404);
        assertThat(health.body()).doesNotContain("injected-fault");
    }

    @Test
    void slowInstanceAddsLatencyUntilHealed() throws Exception {
        send("POST", FaultControlFilter.PATH, "{\"latencyMs\": 300}", SECRET);

        var slow = timed("/img/a.png");
        var healed = send("DELETE", FaultControlFilter.PATH, null, SECRET);
        var fast = timed("/img/a.png");

        assertThat(slow).isGreaterThanOrEqualTo(300);
        assertThat(healed.body()).contains("\"latencyMs\":0", "none");
        assertThat(fast).isLessThan(300);
    }

    @Test
    void refusesAnImpossibleFault() throws Exception {
        var response = send("POST", FaultControlFilter.PATH, "{\"failureShare\": 1.5}", SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("urn:orrery:problem:invalid-fault", "failureShare");
        assertThat(faults.current().isNone()).isTrue();
    }

    private long timed(String path) throws Exception {
        var started = System.nanoTime();
        var response = send("GET", path, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private HttpResponse<String> send(String method, String path, String body, String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (secret != null) {
            request.header(ControlSecret.HEADER, secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
