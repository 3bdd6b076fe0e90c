package dev.orrery.console.lessons;

import dev.orrery.runtime.lesson.LessonCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Reads the lesson texts shipped in the console jar (from `assets/lessons/`).
///
/// A text is: `# Title`, a `preset:` line, paragraphs separated by blank lines, then one `## Step title` section per
/// step with its paragraphs, an optional `action:` line and a `check:` line naming a [LessonCheck].
public final class LessonText {

    /// The lesson files in story order.
    public static final List<String> FILES =
            List.of("1-two-services.md", "2-registry-gateway.md", "3-shared-database.md", "4-tokens.md");

    private LessonText() {}

    public static List<Lesson> loadAll() {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            lessons.add(parse(i + 1, FILES.get(i), read(FILES.get(i))));
        }
        return List.copyOf(lessons);
    }

    static String read(String file) {
        try (InputStream in = LessonText.class.getResourceAsStream("/dev/orrery/console/lessons/texts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The lesson text " + file + " is missing from the console jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the lesson text " + file, e);
        }
    }

    static Lesson parse(int number, String file, String text) {
        var sections = text.split("(?m)^## ");
        var intro = sections[0];
        var title = intro.lines()
                .filter(l -> l.startsWith("# "))
                .findFirst()
                .map(l -> l.substring(2).strip())
                .orElseThrow(() -> new IllegalArgumentException(file + ": the text must start with '# Title'"));
        var preset = value(intro, "preset:")
                .orElseThrow(() -> new IllegalArgumentException(file + ": a 'preset:' line is missing"));
        List<LessonStep> steps = new ArrayList<>();
        for (int i = 1; i < sections.length; i++) {
            steps.add(step(sections[i], file + " step " + i));
        }
        return new Lesson(number, title, preset, paragraphs(intro), steps);
    }

    private static LessonStep step(String section, String where) {
        var title = section.lines().findFirst().orElse("").strip();
        var check = value(section, "check:")
                .orElseThrow(() -> new IllegalArgumentException(where + ": a 'check:' line is missing"));
        LessonCheck named;
        try {
            named = LessonCheck.valueOf(check);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": no check named " + check, e);
        }
        var action = value(section, "action:").map(a -> StepAction.parse(a, where));
        var body = section.substring(section.indexOf('\n') + 1);
        return new LessonStep(title, String.join("\n\n", paragraphs(body)), action, named);
    }

    private static Optional<String> value(String text, String key) {
        return text.lines()
                .filter(l -> l.startsWith(key))
                .findFirst()
                .map(l -> l.substring(key.length()).strip());
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (var block : text.split("\\R\\s*\\R")) {
            var kept = block.lines()
                    .filter(l -> !l.startsWith("# ") && !l.startsWith("preset:"))
                    .filter(l -> !l.startsWith("action:") && !l.startsWith("check:"))
                    .map(String::strip)
                    .toList();
            var paragraph = String.join(" ", kept).strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
