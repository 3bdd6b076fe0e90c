package dev.orrery.runtime.lesson;

/// The outcome of one check: whether the step is done, and what was seen, in words a learner understands.
///
/// @param observation e.g. "heroes-service-1 has 5 heroes, heroes-service-2 has 4"
public record CheckResult(boolean passed, String observation) {

    public static CheckResult passed(String observation) {
        return new CheckResult(true, observation);
    }

    public static CheckResult notYet(String observation) {
        return new CheckResult(false, observation);
    }
}
