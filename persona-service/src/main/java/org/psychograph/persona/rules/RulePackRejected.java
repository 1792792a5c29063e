package org.psychograph.persona.rules;

import java.util.List;

/** A rule pack that cannot be used, with every problem found. */
public class RulePackRejected extends Exception {

    private final List<RulePackProblem> problems;

    public RulePackRejected(List<RulePackProblem> problems) {
        super(problems.isEmpty() ? "rule pack rejected" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    static RulePackRejected of(RulePackProblem problem) {
        return new RulePackRejected(List.of(problem));
    }

    public List<RulePackProblem> problems() {
        return problems;
    }
}
