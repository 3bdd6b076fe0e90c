package dev.orrery.threats.assignment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// A stand-in for the Eureka registry's REST API on a random 127.0.0.1 port: accepts registrations and renewals,
/// and lists one heroes-service instance at the given port. Records every request line it receives.
final class StubRegistry implements AutoCloseable {

    private final HttpServer server;
    private final int heroesPort;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    StubRegistry(int heroesPort) throws IOException {
        this.heroesPort = heroesPort;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/eureka/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/eureka/";
    }

    List<String> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        var method = exchange.getRequestMethod();
        var path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        if (method.equals("GET") && path.startsWith("/eureka/apps")) {
            var body = (path.contains("delta") ? applications("") : applications(heroes()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } else {
            exchange.sendResponseHeaders(method.equals("POST") ? 204 : 200, -1);
        }
        exchange.close();
    }

    private static String applications(String application) {
        return """
                {"applications": {"versions__delta": "1", "apps__hashcode": "UP_1_",
                  "application": [%s]}}""".formatted(application);
    }

    private String heroes() {
        return """
                {"name": "HEROES-SERVICE", "instance": [{
                  "instanceId": "heroes-service:127.0.0.1:%1$d", "hostName": "127.0.0.1", "app": "HEROES-SERVICE",
                  "ipAddr": "127.0.0.1", "status": "UP", "overriddenStatus": "UNKNOWN",
                  "port": {"$": %1$d, "@enabled": "true"}, "securePort": {"$": 443, "@enabled": "false"},
                  "countryId": 1,
                  "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo",
                                     "name": "MyOwn"},
                  "leaseInfo": {"renewalIntervalInSecs": 1, "durationInSecs": 3, "registrationTimestamp": 1,
                                "lastRenewalTimestamp": 1, "evictionTimestamp": 0, "serviceUpTimestamp": 1},
                  "metadata": {}, "vipAddress": "heroes-service", "secureVipAddress": "heroes-service",
                  "isCoordinatingDiscoveryServer": "false", "lastUpdatedTimestamp": "1", "lastDirtyTimestamp": "1",
                  "actionType": "ADDED"}]}""".formatted(heroesPort);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
