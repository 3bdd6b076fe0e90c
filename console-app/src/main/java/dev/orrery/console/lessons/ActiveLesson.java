package dev.orrery.console.lessons;

import java.util.concurrent.atomic.AtomicInteger;

/// The lesson whose cluster runs now and how many of its steps were confirmed in this run.
final class ActiveLesson {

    private final Lesson lesson;
    private final AtomicInteger passed = new AtomicInteger();

    ActiveLesson(Lesson lesson) {
        this.lesson = lesson;
    }

    Lesson lesson() {
        return lesson;
    }

    int passed() {
        return passed.get();
    }

    void pass() {
        passed.incrementAndGet();
    }

    boolean finished() {
        return passed.get() >= lesson.steps().size();
    }
}
