package dev.orrery.heroes.hero;

import java.util.List;

/// A hero, in the series' JSON shape: `{id, type, displayName, powers: [powerId…], img, busy}`.
///
/// @param img the picture's file name, served by `GET /img/{img}`
/// @param busy whether the hero is assigned to a threat
public record Hero(int id, String type, String displayName, List<Integer> powers, String img, boolean busy) {

    public Hero {
        powers = List.copyOf(powers);
    }

    /// This hero under another id.
    Hero withId(int newId) {
        return new Hero(newId, type, displayName, powers, img, busy);
    }

    /// This hero with the patch's fields applied (fields the patch leaves out stay as they are).
    Hero patchedWith(HeroPatch patch) {
        return new Hero(
                id,
                patch.type() == null ? type : patch.type(),
                patch.displayName() == null ? displayName : patch.displayName(),
                patch.powers() == null ? powers : patch.powers(),
                patch.img() == null ? img : patch.img(),
                patch.busy() == null ? busy : patch.busy());
    }
}
