package dev.orrery.runtime.supervisor;

import java.nio.file.Path;
import java.util.Optional;

/// How a sample service's code is started: the jar to run and, when one is usable, the JDK's AOT cache for it.
///
/// @param jar the repackaged jar, or the thin jar of the extracted form (its libraries in `lib/` beside it)
/// @param extracted whether `jar` is the extracted form
/// @param aotCache the AOT cache to start with, present only when it was made for this JVM and these flags
/// @param reason why this form was chosen, for the log
public record JarLaunch(Path jar, boolean extracted, Optional<Path> aotCache, String reason) {

    /// The repackaged jar, without a cache.
    public static JarLaunch fatJar(Path jar, String reason) {
        return new JarLaunch(jar, false, Optional.empty(), reason);
    }

    /// A short name of the form, e.g. `extracted jar + AOT cache`.
    public String form() {
        if (!extracted) {
            return "jar";
        }
        return aotCache.isPresent() ? "extracted jar + AOT cache" : "extracted jar";
    }
}
