package com.balancerstudio.importing.hcl;

/**
 * The caller's names: the evaluator asks it for every root name it does not bind itself ({@code var}, {@code local},
 * {@code each}, {@code aws_vpc}, ...), and the scope answers with a value or an {@link HclException} saying why not.
 */
@FunctionalInterface
public interface HclScope {
    Object variable(String rootName, SourcePosition position) throws HclException;
}
