package dev.orrery.runtime.topology;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/// A topology that cannot be used, with every problem found in it (not only the first).
public final class TopologyException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<TopologyProblem> problems;

    public TopologyException(List<TopologyProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<TopologyProblem> problems() {
        return problems;
    }

    private static String describe(List<TopologyProblem> problems) {
        var lines = problems.stream().map(TopologyProblem::toString).collect(Collectors.joining("\n  "));
        var count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The topology has " + count + ":\n  " + lines;
    }
}
