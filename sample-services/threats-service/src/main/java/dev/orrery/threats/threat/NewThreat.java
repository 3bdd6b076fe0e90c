package dev.orrery.threats.threat;

import dev.orrery.support.problem.InvalidFieldException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/// The body of `POST /threats`: `{displayName, necessaryPowers}`; `img` is optional.
public record NewThreat(
        @Nullable String displayName,
        @Nullable List<String> necessaryPowers,
        @Nullable String img) {

    /// The threat to store (with id 0 until the repository gives it one), after checking every field.
    ///
    /// @throws InvalidFieldException naming the first field that is missing or wrong
    public Threat validated() {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidFieldException("displayName", "is required and may not be blank");
        }
        if (necessaryPowers == null || necessaryPowers.stream().anyMatch(power -> power == null || power.isBlank())) {
            throw new InvalidFieldException("necessaryPowers", "is required: a list of power names, e.g. [\"flying\"]");
        }

        String picture = img == null || img.isBlank() ? ThreatSeed.NEW_THREAT_IMAGE : img.strip();
        return new Threat(0, displayName.strip(), necessaryPowers, picture, 0);
    }
}
