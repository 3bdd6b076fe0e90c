package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/// Security checks on a running cluster started by `orrery up`: where its processes listen, what their actuators
/// expose, who may read its secrets and what its logs keep.
final class ClusterSecurityChecks {

    /// The actuator endpoints a service may list: readiness, the build info, and the links to themselves.
    static final Set<String> ALLOWED_ACTUATOR_LINKS = Set.of("self", "health", "health-path", "info");

    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private ClusterSecurityChecks() {}

    /// Every listening socket of these processes is on the loopback interface.
    static void assertListenOnLoopbackOnly(List<Long> pids) throws IOException {
        var listeners = new ArrayList<ListeningSockets.Listener>();
        for (var pid : pids) {
            listeners.addAll(ListeningSockets.of(pid));
        }

        assertThat(listeners).as("listening sockets").isNotEmpty();
        assertThat(listeners)
                .allSatisfy(listener -> assertThat(listener.address().isLoopbackAddress())
                        .as("%s is on loopback", listener)
                        .isTrue());
    }

    /// The link names of an `/actuator` listing.
    static List<String> actuatorLinks(JsonNode listing) {
        var names = new ArrayList<String>();
        listing.path("_links").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /// Every regular file below the folder (and the folder's own files) is readable and writable by its owner only.
    static void assertOwnerOnly(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            var regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).as("files in %s", folder).isNotEmpty();
            for (var file : regular) {
                assertThat(Files.getPosixFilePermissions(file))
                        .as("permissions of %s", file)
                        .isSubsetOf(OWNER_ONLY);
            }
        }
    }

    /// No file below the folder contains any of the secrets; returns the number of files read.
    static int assertNoFileContains(Path folder, List<String> secrets) throws IOException {
        assertThat(secrets).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(5));
        try (Stream<Path> files = Files.walk(folder)) {
            var regular = files.filter(Files::isRegularFile).toList();
            for (var file : regular) {
                var text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (var secret : secrets) {
                    assertThat(text.contains(secret))
                            .as("%s holds a secret starting '%s…'", file, secret.substring(0, 4))
                            .isFalse();
                }
            }
            return regular.size();
        }
    }
}
