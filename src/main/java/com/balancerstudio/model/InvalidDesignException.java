package com.balancerstudio.model;

import java.util.List;

/** Thrown when elements do not form a design; carries every problem found. */
public final class InvalidDesignException extends IllegalArgumentException {
    private final transient List<DesignProblem> problems;

    public InvalidDesignException(List<DesignProblem> problems) {
        super(problems.isEmpty() ? "invalid design" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<DesignProblem> problems() {
        return problems;
    }
}
