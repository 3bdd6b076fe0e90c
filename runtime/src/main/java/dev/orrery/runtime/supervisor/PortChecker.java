package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/// Checks before launch that every port the cluster needs is free, naming the process that holds a taken one and
/// suggesting a free port; also hands out free ports for instances without a fixed one.
public final class PortChecker {

    private final PortOwners owners;

    public PortChecker(PortOwners owners) {
        this.owners = owners;
    }

    /// The claims whose port is taken, with who holds it and a free port to use instead.
    public List<PortConflict> check(List<PortClaim> claims) {
        var conflicts = new ArrayList<PortConflict>();
        var avoid = new HashSet<Integer>();
        claims.forEach(c -> avoid.add(c.port()));
        for (var claim : claims) {
            if (isFree(claim.port())) {
                continue;
            }
            var owner = owners.find(claim.port());
            var suggestion = freeNear(claim.port() + 10, avoid);
            suggestion.ifPresent(avoid::add);
            var hint = suggestion.isPresent()
                    ? "try " + claim.hint() + " " + suggestion.getAsInt()
                    : "stop the program using it or choose another port with " + claim.hint();
            conflicts.add(
                    new PortConflict(claim.port(), claim.owner(), owner.pid(), owner.command(), suggestion, hint));
        }
        return conflicts;
    }

    /// Whether nothing listens on the port on 127.0.0.1 (or on all addresses).
    ///
    /// Connections of a just-stopped server linger in TIME_WAIT for a minute; the services bind with SO_REUSEADDR
    /// and start fine then, so the check binds the same way instead of refusing a restart on the same ports.
    public static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /// A free port chosen by the operating system, not among `avoid`.
    public static int freePort(Set<Integer> avoid) {
        for (var attempt = 0; attempt < 50; attempt++) {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                var port = socket.getLocalPort();
                if (!avoid.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("No free port on 127.0.0.1: " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("No free port on 127.0.0.1 outside the ones in use: " + avoid.size());
    }

    private static OptionalInt freeNear(int start, Set<Integer> avoid) {
        for (var port = start; port < Math.min(start + 200, 65536); port++) {
            if (!avoid.contains(port) && isFree(port)) {
                return OptionalInt.of(port);
            }
        }
        return OptionalInt.empty();
    }
}
