package dev.orrery.threats.assignment;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/// Calls heroes-service's `POST /hero/{id}` with `{"busy": true}`, the same request the series sends, forwarding the
/// caller's `Authorization` header unchanged.
///
/// `address` describes where the calls go, for error messages: a fixed URL, or the service id resolved through the
/// registry by the load balancer.
public final class HeroesClient {

    private static final Logger LOG = LoggerFactory.getLogger(HeroesClient.class);
    private static final String MARK_BUSY = "{\"busy\": true}";

    private final RestClient rest;
    private final String address;

    public HeroesClient(RestClient rest, String address) {
        this.rest = rest;
        this.address = address;
    }

    /// Marks the hero busy; the answer says whether this call won it.
    ///
    /// @throws HeroesUnavailableException if heroes-service cannot be reached or fails
    public HeroClaim claim(int heroId, Optional<String> authorization) {
        ResponseEntity<String> response = send(heroId, authorization);
        HttpStatusCode status = response.getStatusCode();
        if (status.is2xxSuccessful()) {
            return new HeroClaim.Claimed();
        }
        return switch (status.value()) {
            case 404 -> new HeroClaim.NoSuchHero();
            case 409 -> new HeroClaim.Busy();
            case 401, 403 ->
                new HeroClaim.Refused(
                        status.value(), Optional.ofNullable(response.getBody()).orElse(""));
            default -> throw new HeroesUnavailableException(address, "it answered status " + status.value());
        };
    }

    private ResponseEntity<String> send(int heroId, Optional<String> authorization) {
        try {
            return rest.post()
                    .uri("/hero/{id}", heroId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(headers -> authorization.ifPresent(value -> headers.set(HttpHeaders.AUTHORIZATION, value)))
                    .body(MARK_BUSY)
                    .retrieve()
                    .onStatus(code -> true, (request, answer) -> {})
                    .toEntity(String.class);
        } catch (ResourceAccessException e) {
            String why = describe(e);
            LOG.warn("heroes-service unreachable at {}: {}", address, why);
            throw new HeroesUnavailableException(address, "unreachable (" + why + ")");
        } catch (IllegalStateException e) {
            // The load balancer's way of saying that the registry lists no instance of the service.
            LOG.warn("No instance of heroes-service to call: {}", e.getMessage());
            throw new HeroesUnavailableException(address, "no instance is registered");
        }
    }

    /// The JDK's connection errors often have no message; their type then says what happened.
    private static String describe(ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedChannelException) {
                return "connection refused";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer within the timeout";
            }
        }
        Throwable root = e.getMostSpecificCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
