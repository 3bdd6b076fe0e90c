package dev.orrery.console.tokens;

import java.util.Objects;

/// The stylesheet of the teaching views (Tokens, Requests, Data, Lessons): cards, forms, steps, claims. It builds
/// on the console theme's colours.
public final class TeachStyle {

    private TeachStyle() {}

    public static String url() {
        return Objects.requireNonNull(TeachStyle.class.getResource("/dev/orrery/console/tokens/teach.css"), "teach.css")
                .toExternalForm();
    }
}
