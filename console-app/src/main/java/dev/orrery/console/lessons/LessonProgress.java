package dev.orrery.console.lessons;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// How far the learner got in each lesson, kept in the user's preferences so that it survives a restart of the
/// console: the steps confirmed in the current run of a lesson, and whether it was ever completed.
///
/// Reads and writes touch the disk: use it off the JavaFX thread.
public final class LessonProgress {

    private static final Logger LOG = LoggerFactory.getLogger(LessonProgress.class);

    private final Preferences node;

    public LessonProgress(Preferences node) {
        this.node = node;
    }

    public int stepsDone(int lesson) {
        return node.getInt("lesson-" + lesson + ".steps", 0);
    }

    public boolean completed(int lesson) {
        return node.getBoolean("lesson-" + lesson + ".completed", false);
    }

    /// Records the steps confirmed so far; all of them completes the lesson for good.
    public void record(int lesson, int stepsDone, int stepCount) {
        node.putInt("lesson-" + lesson + ".steps", stepsDone);
        if (stepsDone >= stepCount) {
            node.putBoolean("lesson-" + lesson + ".completed", true);
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save lesson progress; it will be lost when the console closes", e);
        }
    }
}
