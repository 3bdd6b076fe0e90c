package dev.orrery.console.export;

/// One file of an export as the preview shows it.
///
/// @param text the content, or a line saying why a secret file is not shown
public record PreviewFile(String path, String text, boolean secret) {

    @Override
    public String toString() {
        return secret ? path + "  (secret)" : path;
    }
}
