package com.balancerstudio.importing.hcl;

/** One piece of a template as read, before strip markers are applied and directives are nested. */
sealed interface TemplatePiece {
    /** Literal text; {@code start} is the offset where it began in the file. */
    record Text(String text, int start) implements TemplatePiece {
    }

    /** {@code ${ expression }} with its strip markers. */
    record Interpolation(HclExpression expression, boolean stripBefore, boolean stripAfter, SourceSpan span)
            implements TemplatePiece {
    }

    /** {@code %{ keyword ... }}: the expression is the if condition or the for collection. */
    record Directive(String keyword, HclExpression expression, String keyName, String valueName, boolean stripBefore,
                     boolean stripAfter, int start) implements TemplatePiece {
    }
}
