package dev.orrery.heroes.hero;

import dev.orrery.support.problem.InvalidFieldException;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/// The body of `POST /hero/{id}`: any subset of a hero's fields; absent fields stay unchanged, `id` cannot change.
public record HeroPatch(
        @Nullable String type,
        @Nullable String displayName,
        @Nullable List<Integer> powers,
        @Nullable String img,
        @Nullable Boolean busy) {

    /// Whether this patch marks the hero busy, which only succeeds for a hero that is not busy yet.
    boolean claimsHero() {
        return Boolean.TRUE.equals(busy);
    }

    /// Checks the fields that are present.
    ///
    /// @throws InvalidFieldException naming the first wrong field
    HeroPatch validated(IntPredicate powerExists) {
        blankIfPresent("type", type);
        blankIfPresent("displayName", displayName);
        blankIfPresent("img", img);
        if (powers != null) {
            checkPowers(powers, powerExists);
        }
        return this;
    }

    static void checkPowers(List<Integer> powers, IntPredicate powerExists) {
        for (Integer power : powers) {
            if (power == null || !powerExists.test(power)) {
                throw new InvalidFieldException(
                        "powers", "contains " + power + ", which is not a power id from GET /powers");
            }
        }
    }

    private static void blankIfPresent(String field, @Nullable String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidFieldException(field, "may not be blank");
        }
    }
}
