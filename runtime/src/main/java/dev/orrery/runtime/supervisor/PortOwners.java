package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/// Finds which process listens on a TCP port, by reading Linux's `/proc/net/tcp{,6}` (socket inode of a listening
/// socket) and the `/proc/<pid>/fd` links (which process holds that inode).
///
/// Only processes of the same user can be inspected; for others, and on systems without `/proc`, the owner stays
/// unknown and the message says just "in use".
public final class PortOwners {

    private static final String LISTEN = "0A";

    private final Path proc;

    public PortOwners() {
        this(Path.of("/proc"));
    }

    PortOwners(Path proc) {
        this.proc = proc;
    }

    /// Who listens on the port, as far as can be told.
    public Owner find(int port) {
        var inodes = listeningInodes(port);
        if (inodes.isEmpty()) {
            return Owner.UNKNOWN;
        }
        try (var pids = Files.list(proc)) {
            return pids.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .filter(pid -> holdsAny(pid, inodes))
                    .findFirst()
                    .map(pid -> new Owner(OptionalLong.of(Long.parseLong(pid)), command(Long.parseLong(pid))))
                    .orElse(Owner.UNKNOWN);
        } catch (IOException | RuntimeException e) {
            return Owner.UNKNOWN;
        }
    }

    Set<String> listeningInodes(int port) {
        var inodes = new HashSet<String>();
        var hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (var table : List.of("net/tcp", "net/tcp6")) {
            try (Stream<String> lines = Files.lines(proc.resolve(table))) {
                lines.skip(1)
                        .map(l -> l.strip().split("\\s+"))
                        .filter(f -> f.length > 9)
                        .filter(f -> f[1].endsWith(hexPort) && f[3].equals(LISTEN))
                        .forEach(f -> inodes.add(f[9]));
            } catch (IOException | RuntimeException e) {
                // This table is missing (no IPv6, or not Linux): the other table may still answer.
            }
        }
        return inodes;
    }

    private boolean holdsAny(String pid, Set<String> inodes) {
        try (var fds = Files.list(proc.resolve(pid).resolve("fd"))) {
            return fds.map(this::linkTarget)
                    .anyMatch(t -> inodes.stream().anyMatch(i -> t.equals("socket:[" + i + "]")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String linkTarget(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<String> command(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(h -> h.info().command())
                .map(c -> Path.of(c).getFileName().toString());
    }

    /// The process holding a port, when known.
    public record Owner(OptionalLong pid, Optional<String> command) {

        static final Owner UNKNOWN = new Owner(OptionalLong.empty(), Optional.empty());
    }
}
