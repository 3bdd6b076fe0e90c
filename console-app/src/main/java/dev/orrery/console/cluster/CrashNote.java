package dev.orrery.console.cluster;

/// What the banner under the cluster table says about the last crash.
///
/// @param headline e.g. "heroes-service-2 crashed: killed (SIGKILL, exit 137)"
/// @param lastLines the instance's last log lines, one per line
/// @param restarting whether its restart policy is starting it again (then there is nothing to start by hand)
public record CrashNote(String instanceId, String headline, String lastLines, boolean restarting) {

    public CrashNote(String instanceId, String headline, String lastLines) {
        this(instanceId, headline, lastLines, false);
    }

    /// The same note once the restart policy has begun to start the instance again.
    public CrashNote restartingNow() {
        return new CrashNote(instanceId, headline, lastLines, true);
    }
}
