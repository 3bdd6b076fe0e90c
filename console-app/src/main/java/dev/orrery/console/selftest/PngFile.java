package dev.orrery.console.selftest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/// Writes a JavaFX image as a PNG file, through `javax.imageio` (no Swing involved).
public final class PngFile {

    private PngFile() {}

    public static void write(Image image, Path file) throws IOException {
        var width = (int) image.getWidth();
        var height = (int) image.getHeight();
        var pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        var buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("No PNG writer available to write " + file);
        }
    }
}
