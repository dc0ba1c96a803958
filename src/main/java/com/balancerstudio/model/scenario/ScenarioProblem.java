package com.balancerstudio.model.scenario;

/** Something wrong in a design's scenario: which scenario, where in it (a path such as "events[2].fault.target_id"), why. */
public record ScenarioProblem(int scenarioIndex, String path, String message) {
}
