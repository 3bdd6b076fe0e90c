package dev.orrery.console.lessons;

import dev.orrery.runtime.lesson.LessonCheck;
import java.util.Optional;

/// One thing a lesson asks the learner to do, with the check that confirms it on the live cluster.
///
/// @param action the button that does it for the learner, when the step has one
public record LessonStep(String title, String text, Optional<StepAction> action, LessonCheck check) {}
