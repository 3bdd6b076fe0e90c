package dev.orrery.runtime.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/// One damaging edit of a topology's text, the kind a hurried hand or a broken copy makes.
public sealed interface YamlMutation {

    /// The text after the edit; line numbers wrap around so that every mutation applies to any text.
    String apply(String text);

    record DeleteLine(int line) implements YamlMutation {
        @Override
        public String apply(String text) {
            var lines = lines(text);
            lines.remove(Math.floorMod(line, lines.size()));
            return String.join("\n", lines);
        }
    }

    record DuplicateLine(int line) implements YamlMutation {
        @Override
        public String apply(String text) {
            var lines = lines(text);
            var index = Math.floorMod(line, lines.size());
            lines.add(index, lines.get(index));
            return String.join("\n", lines);
        }
    }

    /// Replaces the key of a `key: value` line, keeping its indentation.
    record RetypeKey(int line, String key) implements YamlMutation {
        @Override
        public String apply(String text) {
            return edit(text, line, current -> {
                var colon = current.indexOf(':');
                var indent = current.length() - current.stripLeading().length();
                return colon < indent ? current : current.substring(0, indent) + key + current.substring(colon);
            });
        }
    }

    /// Replaces what follows the first `: ` of a line (or appends a value to a bare key).
    record OddValue(int line, String value) implements YamlMutation {
        @Override
        public String apply(String text) {
            return edit(text, line, current -> {
                var colon = current.indexOf(':');
                return colon < 0 ? current + " " + value : current.substring(0, colon + 1) + " " + value;
            });
        }
    }

    record Reindent(int line, int spaces) implements YamlMutation {
        @Override
        public String apply(String text) {
            return edit(text, line, current -> {
                var stripped = current.stripLeading();
                var indent = Math.max(0, current.length() - stripped.length() + spaces);
                return " ".repeat(indent) + stripped;
            });
        }
    }

    /// Inserts text at a position given as a fraction of the length, e.g. a tab, a quote or a stray unicode
    /// character.
    record Insert(double at, String inserted) implements YamlMutation {
        @Override
        public String apply(String text) {
            var index = (int) (Math.clamp(at, 0.0, 1.0) * text.length());
            return text.substring(0, index) + inserted + text.substring(index);
        }
    }

    /// Cuts the text off, as an interrupted save would.
    record Truncate(double keep) implements YamlMutation {
        @Override
        public String apply(String text) {
            return text.substring(0, (int) (Math.clamp(keep, 0.0, 1.0) * text.length()));
        }
    }

    private static List<String> lines(String text) {
        var lines = new ArrayList<>(text.lines().toList());
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static String edit(String text, int line, UnaryOperator<String> change) {
        var lines = lines(text);
        var index = Math.floorMod(line, lines.size());
        lines.set(index, change.apply(lines.get(index)));
        return String.join("\n", lines);
    }
}
