package dev.orrery.runtime.topology;

import java.io.Serial;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/// A topology that cannot be used, with every problem found in it (not only the first).
public final class TopologyException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Comparator<TopologyProblem> IN_FILE_ORDER = Comparator.comparingInt(
                    (TopologyProblem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final transient List<TopologyProblem> problems;

    /// @param problems in any order; they are kept and shown in the order of the file (line, then column)
    public TopologyException(List<TopologyProblem> problems) {
        super(describe(inFileOrder(problems)));
        this.problems = inFileOrder(problems);
    }

    public List<TopologyProblem> problems() {
        return problems;
    }

    private static List<TopologyProblem> inFileOrder(List<TopologyProblem> problems) {
        return problems.stream().sorted(IN_FILE_ORDER).toList();
    }

    private static String describe(List<TopologyProblem> problems) {
        var lines = problems.stream().map(TopologyProblem::toString).collect(Collectors.joining("\n  "));
        var count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The topology has " + count + ":\n  " + lines;
    }
}
