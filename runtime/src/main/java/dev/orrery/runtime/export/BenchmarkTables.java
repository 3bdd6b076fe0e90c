package dev.orrery.runtime.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// Finds per-component memory figures in the Markdown tables of benchmark notes.
///
/// A figure is a table row whose first cell names a component or one of its instances (`heroes-service`,
/// `heroes-service-2`, `registry`, `mongod`, …) and whose cell under a header mentioning RSS or memory holds a number
/// of MB or MiB. Within a table the largest instance counts; a later table replaces an earlier one, so figures
/// appended at the end of the notes (the latest run) win.
final class BenchmarkTables {

    private static final Pattern MEBIBYTES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(MiB|MB|M)\\b");
    private static final List<String> COMPONENTS =
            List.of("registry", "gateway", "heroes-service", "threats-service", "auth-service");

    private BenchmarkTables() {}

    static Map<String, Integer> memoryFigures(String markdown) {
        var figures = new LinkedHashMap<String, Integer>();
        var table = new LinkedHashMap<String, Integer>();
        List<String> header = List.of();
        for (var line : markdown.lines().toList()) {
            if (!line.strip().startsWith("|")) {
                figures.putAll(table);
                table.clear();
                header = List.of();
                continue;
            }
            var cells = cells(line);
            if (header.isEmpty()) {
                header = cells;
            } else if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                row(header, cells).ifPresent(f -> table.merge(f.component(), f.mebibytes(), Math::max));
            }
        }
        figures.putAll(table);
        return figures;
    }

    private static Optional<Figure> row(List<String> header, List<String> cells) {
        var component = component(cells.getFirst());
        if (component.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 1; i < Math.min(header.size(), cells.size()); i++) {
            var title = header.get(i).toLowerCase(Locale.ROOT);
            var value = MEBIBYTES.matcher(cells.get(i));
            if ((title.contains("rss") || title.contains("memory")) && value.find()) {
                var mebibytes = (int) Math.ceil(Double.parseDouble(value.group(1)));
                return Optional.of(new Figure(component.get(), mebibytes));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> component(String cell) {
        var name = cell.replace("`", "").replace("*", "").strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("mongod") || name.startsWith("database")) {
            return Optional.of("database");
        }
        return COMPONENTS.stream()
                .filter(c -> name.equals(c)
                        || name.startsWith(c + " ")
                        || name.matches(Pattern.quote(c) + "-\\d+")
                        || name.equals(c.replace("-service", "")))
                .findFirst();
    }

    private static List<String> cells(String line) {
        var trimmed = line.strip();
        var inner = trimmed.substring(
                1, trimmed.endsWith("|") && trimmed.length() > 1 ? trimmed.length() - 1 : trimmed.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private record Figure(String component, int mebibytes) {}
}
