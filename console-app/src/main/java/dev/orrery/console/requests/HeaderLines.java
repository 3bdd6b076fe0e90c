package dev.orrery.console.requests;

import java.util.LinkedHashMap;
import java.util.Map;

/// Reads the headers a user typed, one `Name: value` per line; blank lines are skipped.
final class HeaderLines {

    private HeaderLines() {}

    /// @throws IllegalArgumentException naming the line that is not `Name: value`
    static Map<String, String> parse(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        var lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).strip().matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("Header line " + (i + 1) + " '" + line
                        + "' is not 'Name: value', e.g. 'Accept: application/json'");
            }
            headers.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return headers;
    }
}
