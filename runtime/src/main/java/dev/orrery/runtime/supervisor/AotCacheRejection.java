package dev.orrery.runtime.supervisor;

/// Recognizes the lines a JVM prints when it cannot use the AOT cache it was given (another JVM build, changed
/// jars, a damaged file): `[error  ][aot] …` or `[warning][aot] …`, with or without a leading uptime. The JVM then
/// runs on without the cache, so the instance still starts, only slower.
final class AotCacheRejection {

    private AotCacheRejection() {}

    static boolean isRejection(String line) {
        var tag = line.indexOf("][aot");
        if (tag < 0) {
            return false;
        }
        var level = line.substring(0, tag);
        return level.stripTrailing().endsWith("[error") || level.endsWith("[warning");
    }
}
