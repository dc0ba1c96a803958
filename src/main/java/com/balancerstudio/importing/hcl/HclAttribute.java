package com.balancerstudio.importing.hcl;

/** One {@code name = expression} line of a body; the position is that of the name. */
public record HclAttribute(String name, HclExpression expression, SourcePosition position) {
}
