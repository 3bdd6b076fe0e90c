package dev.orrery.runtime.remote;

import dev.orrery.runtime.registry.EurekaAppsParser;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.remote.RemoteRegistryException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/// Reads a registry's applications once and says precisely why that failed: unlike the watcher, which only needs to
/// know reachable or not, a user attaching to a URL needs to know whether it was the address or the server.
public final class RegistryProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final EurekaAppsParser parser = new EurekaAppsParser();

    public RegistryProbe(HttpClient http) {
        this.http = http;
    }

    /// `GET …/eureka/apps` as JSON.
    ///
    /// @throws RemoteRegistryException when nothing answers or the answer is not a Eureka registry's
    public RegistrySnapshot read(RegistryAddress address) {
        var request = HttpRequest.newBuilder(address.applications())
                .header("Accept", "application/json")
                .timeout(TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unreachable(address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteRegistryException(Kind.UNREACHABLE, "Interrupted while asking " + address, "try again", e);
        }
        return parse(address, response);
    }

    private RegistrySnapshot parse(RegistryAddress address, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new RemoteRegistryException(
                    Kind.NOT_EUREKA,
                    address.applications() + " answered HTTP " + response.statusCode() + ": not a Eureka registry",
                    "check the URL: it is the Eureka server's root, whose dashboard shows 'Instances currently"
                            + " registered with Eureka'");
        }
        try {
            return parser.parse(response.body(), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new RemoteRegistryException(
                    Kind.NOT_EUREKA,
                    address.applications() + " answered, but not as a Eureka registry: " + e.getMessage(),
                    "check the URL: it is the Eureka server's root, not another service's",
                    e);
        }
    }

    private static RemoteRegistryException unreachable(RegistryAddress address, IOException e) {
        var why = switch (e) {
            case ConnectException _ -> "the connection was refused";
            case HttpTimeoutException _ -> "no answer within " + TIMEOUT.toSeconds() + " s";
            case UnknownHostException _ -> "the host name is unknown";
            default ->
                e.getCause() instanceof UnknownHostException
                        ? "the host name is unknown"
                        : String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        };
        return new RemoteRegistryException(
                Kind.UNREACHABLE,
                "Cannot reach the registry at " + address + ": " + why,
                "check the host and port, and that this machine may connect to it",
                e);
    }
}
