package dev.orrery.console.requests;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/// What N repeats of one request showed: which instances answered how often, the statuses, and whether the answers
/// agreed.
final class RepeatSummary {

    private RepeatSummary() {}

    /// One answer of a repeat; `servedBy` is empty when the answer named no instance, `status` 0 when none came.
    record Answer(int status, String servedBy, String body) {}

    static String describe(List<Answer> answers) {
        if (answers.isEmpty()) {
            return "";
        }
        Map<String, Long> byInstance = answers.stream()
                .collect(Collectors.groupingBy(
                        a -> a.servedBy().isEmpty() ? "unknown instance" : a.servedBy(),
                        TreeMap::new,
                        Collectors.counting()));
        Map<Integer, Long> byStatus =
                answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        long distinctBodies = answers.stream().map(Answer::body).distinct().count();
        return answers.size() + " requests · "
                + join(byStatus, status -> status == 0 ? "no answer" : "status " + status) + "\nanswered by "
                + join(byInstance, name -> name) + "\n"
                + (distinctBodies == 1
                        ? "All answers agree."
                        : distinctBodies + " different answers: the instances disagree.");
    }

    private static <K> String join(Map<K, Long> counts, java.util.function.Function<K, String> name) {
        return counts.entrySet().stream()
                .map(e -> name.apply(e.getKey()) + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
