package dev.orrery.runtime.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/// Talks to a Eureka registry's REST API on the runtime's behalf: reads all applications, removes an instance at
/// once when the supervisor sees it die, and registers and renews programs that do not register themselves.
public final class EurekaClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http;
    private final URI base;
    private final EurekaAppsParser parser = new EurekaAppsParser();

    /// @param registryUrl e.g. `http://127.0.0.1:8761`
    public EurekaClient(HttpClient http, String registryUrl) {
        this.http = http;
        this.base = URI.create(registryUrl.endsWith("/") ? registryUrl : registryUrl + "/");
    }

    /// `GET /eureka/apps`; an unreachable registry gives [RegistrySnapshot#unreachable].
    public RegistrySnapshot applications() {
        var request = request("eureka/apps")
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return RegistrySnapshot.unreachable(Instant.now());
            }
            return parser.parse(response.body(), Instant.now());
        } catch (IOException | IllegalArgumentException e) {
            return RegistrySnapshot.unreachable(Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegistrySnapshot.unreachable(Instant.now());
        }
    }

    /// `DELETE /eureka/apps/{APP}/{instanceId}`; `true` when the registry knew the instance.
    public boolean deregister(String application, String instanceId) {
        return status(request(path(application, instanceId)).DELETE().build()) == 200;
    }

    /// `PUT /eureka/apps/{APP}/{instanceId}` (lease renewal); `false` when the registry no longer knows it.
    public boolean renew(String application, String instanceId) {
        return status(request(path(application, instanceId))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build())
                == 200;
    }

    /// `POST /eureka/apps/{APP}`: registers a program listening on 127.0.0.1 at `port` with status UP.
    public boolean register(String application, String instanceId, int port, int leaseSeconds) {
        var body = registration(application, instanceId, port, leaseSeconds);
        var request = request("eureka/apps/" + encode(application.toUpperCase(Locale.ROOT)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var code = status(request);
        return code == 204 || code == 200;
    }

    static String registration(String application, String instanceId, int port, int leaseSeconds) {
        var app = application.toUpperCase(Locale.ROOT);
        var vip = application.toLowerCase(Locale.ROOT);
        var url = "http://127.0.0.1:" + port + "/";
        return """
                {"instance": {"instanceId": "%s", "hostName": "127.0.0.1", "app": "%s", "ipAddr": "127.0.0.1",
                 "vipAddress": "%s", "secureVipAddress": "%s", "status": "UP",
                 "port": {"$": %d, "@enabled": "true"}, "securePort": {"$": 443, "@enabled": "false"},
                 "homePageUrl": "%s", "statusPageUrl": "%s", "healthCheckUrl": "%s",
                 "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo",
                  "name": "MyOwn"},
                 "leaseInfo": {"renewalIntervalInSecs": 1, "durationInSecs": %d},
                 "metadata": {"orrery.registered-by": "runtime"}}}
                """.formatted(instanceId, app, vip, vip, port, url, url, url, leaseSeconds);
    }

    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    private static String path(String application, String instanceId) {
        return "eureka/apps/" + encode(application.toUpperCase(Locale.ROOT)) + "/" + encode(instanceId);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
