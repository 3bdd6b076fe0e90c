package dev.orrery.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.support.testapp.SupportTestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        classes = SupportTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=test-service", "orrery.instance-id=test-service-7"})
class ProblemResponsesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void unknownPathIsANotFoundProblemNamingTheInstance() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/no/such/path"))
                .header("Accept", "text/html")
                .GET());

        assertProblem(response, 404);
        assertThat(response.body()).contains("\"instance\":\"/no/such/path\"").doesNotContain("<html");
    }

    @Test
    void notFoundThrownByAControllerIsAProblem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/heroes/99")).GET());

        assertProblem(response, 404);
        assertThat(response.body()).contains("No hero with id 99");
    }

    @Test
    void wrongMethodIsAProblem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/heroes")).DELETE());

        assertProblem(response, 405);
    }

    @Test
    void unsupportedMediaTypeIsAProblem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/heroes"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertProblem(response, 415);
    }

    @Test
    void unreadableBodyIsAProblem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/heroes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));

        assertProblem(response, 400);
    }

    @Test
    void internalErrorIsAProblemWithoutTraceOrMessage() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/boom")).GET());

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException", "at dev.");
    }

    @Test
    void everyResponseNamesItsInstance() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/heroes")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Served-By")).hasValue("test-service-7");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("X-Served-By")).hasValue("test-service-7");
        assertThat(response.body())
                .contains("\"status\":" + status, "\"title\":", "\"type\":", "\"servedBy\":\"test-service-7\"");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
