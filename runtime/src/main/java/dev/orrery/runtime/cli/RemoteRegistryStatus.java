package dev.orrery.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.registry.RegisteredInstance;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.remote.RegistryAddress;
import dev.orrery.runtime.remote.RemoteRegistry;
import dev.orrery.runtime.remote.RemoteRegistryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

/// `orrery status --registry URL`: what a Eureka registry Orrery did not start knows, read once, read-only.
final class RemoteRegistryStatus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteRegistryStatus() {}

    static int print(String url, boolean json, PrintWriter out) throws IOException {
        RegistryAddress address;
        try {
            address = RegistryAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new CliException(String.valueOf(e.getMessage()), "", CliErrors.USAGE);
        }
        RegistrySnapshot snapshot;
        try (var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            snapshot = RemoteRegistry.readOnce(address, http);
        } catch (RemoteRegistryException e) {
            throw new CliException(String.valueOf(e.getMessage()), e.hint());
        }
        out.print(json ? json(address, snapshot) : table(address, snapshot));
        return 0;
    }

    static String table(RegistryAddress address, RegistrySnapshot snapshot) {
        var text = new StringBuilder("Remote registry %s (read-only): %d applications, %d instances%n%n"
                .formatted(
                        address,
                        snapshot.applications().size(),
                        snapshot.instances().size()));
        if (snapshot.instances().isEmpty()) {
            return text.append("No instance is registered.\n").toString();
        }
        text.append(
                "%-22s %-40s %-14s %-24s %s%n".formatted("APPLICATION", "INSTANCE", "STATUS", "ADDRESS", "RENEWED"));
        for (var instance : snapshot.instances()) {
            text.append("%-22s %-40s %-14s %-24s %s%n"
                    .formatted(
                            instance.application(),
                            instance.instanceId(),
                            instance.status(),
                            instance.host() + ":" + instance.port(),
                            renewed(instance, snapshot.time())));
        }
        return text.toString();
    }

    private static String renewed(RegisteredInstance instance, Instant now) {
        return instance.lastRenewal()
                .map(t -> Math.max(0, Duration.between(t, now).toSeconds()) + " s ago")
                .orElse("-");
    }

    private static String json(RegistryAddress address, RegistrySnapshot snapshot) throws IOException {
        ObjectNode root = JSON.createObjectNode()
                .put("registry", address.toString())
                .put("remote", true)
                .put("readOnly", true);
        var instances = root.putArray("instances");
        for (var instance : snapshot.instances()) {
            instances
                    .addObject()
                    .put("application", instance.application())
                    .put("id", instance.instanceId())
                    .put("status", instance.status())
                    .put("host", instance.host())
                    .put("port", instance.port());
        }
        return JSON.writeValueAsString(root) + System.lineSeparator();
    }
}
