package dev.orrery.console.cluster;

/// What the banner under the cluster table says about the last crash.
///
/// @param headline e.g. "heroes-service-2 crashed: killed (SIGKILL, exit 137)"
/// @param lastLines the instance's last log lines, one per line
public record CrashNote(String instanceId, String headline, String lastLines) {}
