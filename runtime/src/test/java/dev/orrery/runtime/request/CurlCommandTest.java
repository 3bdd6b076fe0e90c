package dev.orrery.runtime.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CurlCommandTest {
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWFjaGVyIn0.c2lnbmF0dXJlLXBhcnQ";

    @Test
    void rendersAGetWithoutMethodOrBody() {
        var call = HttpCall.of("get", URI.create("http://127.0.0.1:8080/heroes"));

        assertThat(CurlCommand.render(call, false)).isEqualTo("curl -i 'http://127.0.0.1:8080/heroes'");
    }

    @Test
    void rendersAPostWithJsonBodyAndMaskedToken() {
        var call = HttpCall.of("POST", URI.create("http://127.0.0.1:8080/heroes"))
                .withJsonBody("{\"name\":\"Storm\"}")
                .withToken(TOKEN);

        String curl = CurlCommand.render(call, false);

        assertThat(curl)
                .isEqualTo(
                        "curl -i -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer eyJhbGci…hcnQ'"
                                + " --data '{\"name\":\"Storm\"}' 'http://127.0.0.1:8080/heroes'");
        assertThat(curl).doesNotContain(TOKEN);
    }

    @Test
    void revealsTheTokenOnlyWhenAsked() {
        var call =
                HttpCall.of("GET", URI.create("http://127.0.0.1:8080/heroes")).withToken(TOKEN);

        assertThat(CurlCommand.render(call, true)).contains("Authorization: Bearer " + TOKEN);
    }

    @Test
    void quotesSingleQuotesForTheShell() {
        var call =
                HttpCall.of("POST", URI.create("http://127.0.0.1:8080/heroes")).withJsonBody("{\"name\":\"O'Neil\"}");

        assertThat(CurlCommand.render(call, false)).contains("--data '{\"name\":\"O'\\''Neil\"}'");
    }
}
