package dev.orrery.support.training;

/// How a training run ends the process once its context is closed: [System#exit(int)] unless the application
/// defines another (tests do, to stay alive).
@FunctionalInterface
public interface TrainingExit {

    /// Ends the run with `status` (0 when every request was sent).
    void exit(int status);
}
