package dev.orrery.threats.threat;

import java.util.List;

/// The three threats every new cluster starts with; no hero is assigned yet.
public final class ThreatSeed {

    /// Ids 1…3, in order.
    public static final List<Threat> THREATS = List.of(
            new Threat(1, "The lighthouse lamp went dark just before the storm.", List.of("flying"), "threat-1.svg", 0),
            new Threat(
                    2,
                    "The build server is buried under a mountain of coffee cups.",
                    List.of("teleporting"),
                    "threat-2.svg",
                    0),
            new Threat(
                    3, "Nobody can tell what the office cat is plotting.", List.of("mind reading"), "threat-3.svg", 0));

    /// The picture of threats created later.
    public static final String NEW_THREAT_IMAGE = "threat-new.svg";

    private ThreatSeed() {}

    /// The highest seeded id; new threats get ids above it.
    public static int lastId() {
        return THREATS.stream().mapToInt(Threat::id).max().orElse(0);
    }
}
