package dev.orrery.console.lessons;

import java.util.List;

/// A lesson as read from its text in `assets/lessons/`.
///
/// @param number 1 to 4, the step of the story
/// @param preset the topology preset it runs, e.g. `2-registry-gateway.yaml`
/// @param paragraphs the explanation, one string per paragraph
public record Lesson(int number, String title, String preset, List<String> paragraphs, List<LessonStep> steps) {

    public Lesson {
        paragraphs = List.copyOf(paragraphs);
        steps = List.copyOf(steps);
    }
}
