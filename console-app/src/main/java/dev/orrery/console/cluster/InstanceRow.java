package dev.orrery.console.cluster;

import dev.orrery.console.ui.Tone;

/// One instance as the cluster table shows it; every field is display-ready text.
///
/// @param id the instance's id, e.g. `heroes-service-2`
/// @param state e.g. `UP`, `STARTING · 3.2 s`, `CRASHED · exit 137`
/// @param whyNoStart empty when Start can act now, else why not (likewise the other `whyNo…` fields)
/// @param url the instance's base URL, for "open in browser"
public record InstanceRow(
        String id,
        String component,
        Tone tone,
        String state,
        String port,
        String pid,
        String uptime,
        String memory,
        String restarts,
        String whyNoStart,
        String whyNoStop,
        String whyNoRestart,
        String whyNoKill,
        String url)
        implements ClusterEntry {}
