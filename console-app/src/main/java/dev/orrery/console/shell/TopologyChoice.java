package dev.orrery.console.shell;

/// One entry of the topology picker: a preset shipped with Orrery or a file the user opened.
///
/// @param label what the picker shows, e.g. "Lesson 4 · Tokens"
/// @param key what the preferences remember: the preset's name or the file's absolute path
public record TopologyChoice(String label, String key) {

    @Override
    public String toString() {
        return label;
    }
}
