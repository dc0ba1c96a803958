package com.balancerstudio.model;

/**
 * Something that makes a list of elements not a design at all (as opposed to a validation finding): a duplicate id,
 * a missing container, an element in the wrong kind of container, a reference to nothing.
 */
public record DesignProblem(int elementIndex, ElementId elementId, String property, String message) {
}
