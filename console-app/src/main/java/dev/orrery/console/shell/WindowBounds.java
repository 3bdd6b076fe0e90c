package dev.orrery.console.shell;

/// Where the window was and how large, remembered between runs.
///
/// @param x left edge on screen, `NaN` when never placed (the window is then centred)
/// @param y top edge on screen, `NaN` when never placed
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    public WindowBounds {
        width = Math.max(MIN_WIDTH, width);
        height = Math.max(MIN_HEIGHT, height);
    }

    /// 1280 × 800, centred: the size the console is designed for.
    public static WindowBounds standard() {
        return new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);
    }

    public boolean placed() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
