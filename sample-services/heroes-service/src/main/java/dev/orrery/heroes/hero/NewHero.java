package dev.orrery.heroes.hero;

import dev.orrery.support.problem.InvalidFieldException;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/// The body of `POST /heroes`: `{type, displayName, powers}`; `img` is optional.
public record NewHero(
        @Nullable String type,
        @Nullable String displayName,
        @Nullable List<Integer> powers,
        @Nullable String img) {

    /// The hero to store (with id 0 until the repository gives it one), after checking every field.
    ///
    /// @throws InvalidFieldException naming the first field that is missing or wrong
    Hero validated(IntPredicate powerExists) {
        String validType = required("type", type);
        String validName = required("displayName", displayName);
        if (powers == null) {
            throw new InvalidFieldException("powers", "is required: a list of power ids from GET /powers");
        }
        HeroPatch.checkPowers(powers, powerExists);

        String picture = img == null || img.isBlank() ? HeroSeed.NEW_HERO_IMAGE : img.strip();
        return new Hero(0, validType, validName, powers, picture, false);
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required and may not be blank");
        }
        return value.strip();
    }
}
