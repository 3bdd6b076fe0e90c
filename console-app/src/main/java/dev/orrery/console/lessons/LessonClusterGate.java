package dev.orrery.console.lessons;

/// Tells the Lessons view what a lesson start would stop, and stops it when the learner agreed, so that the rest of
/// the console knows the stop was asked for (and does not report the cluster's end as a surprise).
public interface LessonClusterGate {

    /// What starting this lesson would stop now.
    StartImpact impact(int lesson);

    /// Stops the cluster the console shows (its own, or the one `orrery up` runs) and waits until it is gone and the
    /// console follows its own cluster again. Blocks: call it off the JavaFX thread.
    ///
    /// @throws Exception when the cluster did not stop in time
    void stopForLesson() throws Exception;
}
