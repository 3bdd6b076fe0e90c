package dev.orrery.runtime.export;

/// One file of an export.
///
/// @param path the file's path relative to the export folder, with `/` between folders
/// @param secret whether it holds a private key or passwords: written readable by its owner only, and never shown
///     in a preview
public record ExportedFile(String path, String content, boolean secret) {

    /// What a preview may show: the content, or a line saying why it is hidden.
    public String preview() {
        return secret
                ? "# Not shown: this file holds secrets (a private key or passwords); it is written readable by its"
                        + " owner only.\n"
                : content;
    }
}
