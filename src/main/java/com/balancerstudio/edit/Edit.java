package com.balancerstudio.edit;

import com.balancerstudio.model.Design;

/**
 * An immutable change to a design that knows its inverse and a label a person reads in the Edit menu
 * ("Move 3 elements"). {@link #apply} throws {@link EditRefusedException} when the design is not in the state the
 * edit expects, leaving nothing changed.
 */
public interface Edit {
    Design apply(Design design);

    Edit inverse();

    String label();
}
