package dev.orrery.console.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.HttpReply;
import dev.orrery.runtime.request.RequestFailedException;
import dev.orrery.runtime.request.RequestSender;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/// Logs in through auth-service the way a client does, one request at a time, so each step can be shown:
/// `POST /auth` with user and password, then — for a user with a second factor — `POST /auth/second-factor` with
/// the challenge and the current one-time code. Blocks on the network: run it off the JavaFX thread.
final class LoginFlow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestSender sender;

    LoginFlow(RequestSender sender) {
        this.sender = sender;
    }

    /// The outcome of one step: what was shown, and the token or challenge it yielded.
    record Outcome(LoginStep step, Optional<String> token, Optional<String> challenge) {}

    Outcome password(String authBase, String user, String password) {
        var body = JSON.createObjectNode().put("userId", user).put("password", password);
        var shown = "POST /auth {\"userId\": \"" + user + "\", \"password\": \"••••••\"}";
        return send("1 · Password", shown, authBase + "/auth", body.toString());
    }

    Outcome secondFactor(String authBase, String challenge, String code) {
        var body = JSON.createObjectNode().put("challenge", challenge).put("code", code);
        var shown =
                "POST /auth/second-factor {\"challenge\": \"" + shorten(challenge) + "\", \"code\": \"" + code + "\"}";
        return send("2 · One-time code", shown, authBase + "/auth/second-factor", body.toString());
    }

    private Outcome send(String title, String shown, String url, String json) {
        HttpReply reply;
        try {
            reply = sender.send(new HttpCall("POST", URI.create(url), Map.of(), Optional.empty(), Optional.empty())
                    .withJsonBody(json));
        } catch (RequestFailedException | IllegalArgumentException e) {
            return new Outcome(new LoginStep(title, shown, e.getMessage(), false), Optional.empty(), Optional.empty());
        }
        var answer = read(reply.body());
        var token = answer.map(a -> a.path("jwtToken").asText("")).filter(t -> !t.isBlank());
        var challenge = answer.filter(a -> a.path("secondFactorRequired").asBoolean(false))
                .map(a -> a.path("challenge").asText(""))
                .filter(c -> !c.isBlank());
        return new Outcome(
                new LoginStep(title, shown, describe(reply, token, challenge), reply.successful()), token, challenge);
    }

    private static String describe(HttpReply reply, Optional<String> token, Optional<String> challenge) {
        if (token.isPresent()) {
            return reply.status() + " · a signed token (jwtToken) came back";
        }
        if (challenge.isPresent()) {
            return reply.status() + " · password accepted; a second factor is required (challenge "
                    + shorten(challenge.get()) + ")";
        }
        return reply.status() + " · " + reply.body().strip();
    }

    private static String shorten(String text) {
        return text.length() <= 12 ? text : text.substring(0, 8) + "…";
    }

    private static Optional<JsonNode> read(String body) {
        try {
            return Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
