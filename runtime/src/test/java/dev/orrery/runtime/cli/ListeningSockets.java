package dev.orrery.runtime.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// The TCP sockets a process listens on, read from Linux's `/proc`: the process's socket inodes from
/// `/proc/<pid>/fd`, matched against the listening entries of `/proc/<pid>/net/tcp` and `tcp6`.
final class ListeningSockets {

    /// One listening socket.
    record Listener(long pid, InetAddress address, int port) {
        @Override
        public String toString() {
            return "pid " + pid + " on " + address.getHostAddress() + ":" + port;
        }
    }

    private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[([0-9]+)]");
    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    static List<Listener> of(long pid) throws IOException {
        var inodes = socketInodes(pid);
        var listeners = new ArrayList<Listener>();
        for (var table : List.of("tcp", "tcp6")) {
            var file = Path.of("/proc", String.valueOf(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (var line : Files.readAllLines(file).stream().skip(1).toList()) {
                var fields = line.strip().split("\\s+");
                if (fields.length > 9 && fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    listeners.add(listener(pid, fields[1]));
                }
            }
        }
        return listeners;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        var inodes = new HashSet<String>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (var fd : fds.toList()) {
                try {
                    var matcher = SOCKET_LINK.matcher(Files.readSymbolicLink(fd).toString());
                    if (matcher.matches()) {
                        inodes.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    // The descriptor was closed while we listed them.
                }
            }
        }
        return inodes;
    }

    /// `0100007F:1F90` (IPv4) or 32 hex digits and a port (IPv6), each 32-bit word in host (little-endian) order.
    static Listener listener(long pid, String field) throws UnknownHostException {
        var colon = field.indexOf(':');
        var hex = HexFormat.of().parseHex(field.substring(0, colon));
        var bytes = new byte[hex.length];
        for (var word = 0; word < hex.length; word += 4) {
            for (var i = 0; i < 4; i++) {
                bytes[word + i] = hex[word + 3 - i];
            }
        }
        return new Listener(pid, InetAddress.getByAddress(bytes), Integer.parseInt(field.substring(colon + 1), 16));
    }
}
