package dev.orrery.runtime.cluster;

import java.util.ArrayList;
import java.util.List;

/// Splits a topology's command line into words: white space separates, double quotes group.
final class CommandLine {

    private CommandLine() {}

    static List<String> split(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        for (var c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
