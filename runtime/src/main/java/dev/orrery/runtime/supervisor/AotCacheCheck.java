package dev.orrery.runtime.supervisor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/// Decides whether a service's AOT cache suits the JVM about to run it, from the stamp the build wrote beside the
/// cache (`<name>.aot.properties`: the JVM version and flags it was made with).
///
/// The JVM itself refuses a cache made by another JVM build or for changed jars, prints an `[aot]` error and runs
/// on without it; checking the stamp first spares that and says why in Orrery's own log.
///
/// @param vmVersion `java.vm.version` of the JVM that runs the services (this runtime's own)
/// @param flags the flags the services run with
public record AotCacheCheck(String vmVersion, ServiceJvmFlags flags) {

    /// The check for this runtime's JVM.
    public static AotCacheCheck forThisJvm(ServiceJvmFlags flags) {
        return new AotCacheCheck(System.getProperty("java.vm.version", ""), flags);
    }

    /// The cache for `cache` when it is usable, else empty with the reason in `reason`.
    public Decision decide(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return Decision.unusable("no AOT cache " + cache.getFileName() + " was built");
        }
        return readStamp(stampOf(cache))
                .map(stamp -> decide(cache, stamp))
                .orElseGet(() -> Decision.unusable("the AOT cache has no readable stamp " + stampOf(cache)));
    }

    /// The decision for a cache that exists, given its stamp.
    Decision decide(Path cache, Properties stamp) {
        var madeBy = stamp.getProperty("java.vm.version", "");
        if (!madeBy.equals(vmVersion)) {
            return Decision.unusable("the AOT cache was made by Java " + (madeBy.isEmpty() ? "(unknown)" : madeBy)
                    + ", this is Java " + vmVersion);
        }
        var madeWith = ServiceJvmFlags.parse(stamp.getProperty("flags", ""));
        if (!madeWith.equals(flags)) {
            return Decision.unusable(
                    "the AOT cache was made with the flags '" + madeWith.line() + "', not '" + flags.line() + "'");
        }
        return new Decision(Optional.of(cache), "AOT cache made by this Java with these flags");
    }

    /// Where the build writes the stamp of `cache`.
    public static Path stampOf(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".properties");
    }

    private static Optional<Properties> readStamp(Path stamp) {
        try (Reader reader = Files.newBufferedReader(stamp, StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(reader);
            return Optional.of(properties);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// The outcome: the cache to use, or none, and why.
    ///
    /// @param cache present when the cache may be used
    /// @param reason why it may or may not
    public record Decision(Optional<Path> cache, String reason) {

        static Decision unusable(String reason) {
            return new Decision(Optional.empty(), reason);
        }
    }
}
