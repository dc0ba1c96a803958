package com.balancerstudio.importing.hcl;

/**
 * A value made by the caller (a resource, a module call) that answers attribute access and indexing itself, so that
 * {@code aws_vpc.main.id} gives whatever the caller means by that reference.
 */
public interface HclTraversable {
    Object attribute(String name, SourcePosition position) throws HclException;

    Object index(Object key, SourcePosition position) throws HclException;
}
