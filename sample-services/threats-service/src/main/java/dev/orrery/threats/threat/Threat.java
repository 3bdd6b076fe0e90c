package dev.orrery.threats.threat;

import java.util.List;

/// A threat, in the series' JSON shape: `{id, displayName, necessaryPowers: [name…], img, assignedHero}`.
///
/// @param necessaryPowers names of the powers a hero needs to handle it (as `GET /powers` of heroes-service names them)
/// @param img the picture's file name, served by `GET /img/{img}`
/// @param assignedHero id of the hero assigned to it; 0 while none is, as in the series
public record Threat(int id, String displayName, List<String> necessaryPowers, String img, int assignedHero) {

    public Threat {
        necessaryPowers = List.copyOf(necessaryPowers);
    }

    /// This threat under another id.
    Threat withId(int newId) {
        return new Threat(newId, displayName, necessaryPowers, img, assignedHero);
    }

    /// This threat with a hero assigned.
    Threat assignedTo(int heroId) {
        return new Threat(id, displayName, necessaryPowers, img, heroId);
    }
}
