package dev.orrery.threats.assignment;

import dev.orrery.support.problem.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/// The body of `POST /assignment`: `{heroId, threatId}`.
public record Assignment(@Nullable Integer heroId, @Nullable Integer threatId) {

    /// The hero id, checked.
    int hero() {
        return required("heroId", heroId);
    }

    /// The threat id, checked.
    int threat() {
        return required("threatId", threatId);
    }

    private static int required(String field, @Nullable Integer value) {
        if (value == null || value < 1) {
            throw new InvalidFieldException(field, "is required: a positive id");
        }
        return value;
    }
}
