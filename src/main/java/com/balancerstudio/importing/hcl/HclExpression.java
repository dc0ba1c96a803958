package com.balancerstudio.importing.hcl;

import java.util.List;
import java.util.Optional;

/**
 * An expression of HCL's native syntax as written, not yet evaluated: every node knows where it starts and its
 * original text, so that messages can quote what the user wrote.
 */
public sealed interface HclExpression {
    SourceSpan span();

    default SourcePosition position() {
        return span().position();
    }

    /** The expression's text exactly as it appears in the file. */
    default String source() {
        return span().source();
    }

    /** This expression read as a reference such as {@code aws_vpc.main.id}, when it is one. */
    default Optional<HclTraversal> asTraversal() {
        return HclTraversal.of(this);
    }

    /** Every reference to a name the caller defines, in source order (names bound by for-expressions excluded). */
    default List<HclTraversal> references() {
        return References.in(this);
    }

    /** A number, string, bool or null written directly (also the literal text between interpolations). */
    record Literal(Object value, SourceSpan span) implements HclExpression {
    }

    /** A string template: literal text, interpolations and directives joined into one string. */
    record Template(List<HclExpression> parts, SourceSpan span) implements HclExpression {
        public Template {
            parts = List.copyOf(parts);
        }
    }

    /** {@code ${expression}} inside a template. */
    record Interpolation(HclExpression expression, SourceSpan span) implements HclExpression {
    }

    /** {@code %{ if condition }...%{ else }...%{ endif }} inside a template. */
    record TemplateIf(HclExpression condition, Template then, Template otherwise, SourceSpan span) implements HclExpression {
    }

    /** {@code %{ for key, value in collection }...%{ endfor }} inside a template; the key name may be null. */
    record TemplateFor(String keyName, String valueName, HclExpression collection, Template body,
                       SourceSpan span) implements HclExpression {
    }

    /** {@code [a, b, c]}. */
    record Tuple(List<HclExpression> items, SourceSpan span) implements HclExpression {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code { key = value, ... }}; a bare identifier key is already a string literal here. */
    record ObjectConstructor(List<ObjectItem> items, SourceSpan span)
            implements HclExpression {
        public ObjectConstructor {
            items = List.copyOf(items);
        }
    }

    /** One {@code key = value} of an object constructor. */
    record ObjectItem(HclExpression key, HclExpression value) {
    }

    /** A root name such as {@code var}, {@code aws_vpc} or a for-expression's variable. */
    record Variable(String name, SourceSpan span) implements HclExpression {
    }

    /** {@code target.name}. */
    record GetAttribute(HclExpression target, String name, SourceSpan span)
            implements HclExpression {
    }

    /** {@code target[key]}, and the legacy {@code target.0}. */
    record Index(HclExpression target, HclExpression key, SourceSpan span)
            implements HclExpression {
    }

    /** {@code target[*].rest} or {@code target.*.rest}: {@code each} is applied to every element, as {@link SplatItem}. */
    record Splat(HclExpression target, HclExpression each, SourceSpan span)
            implements HclExpression {
    }

    /** The element a splat is currently applied to. */
    record SplatItem(SourceSpan span) implements HclExpression {
    }

    /** {@code name(arguments)}; {@code expandLast} when the last argument is followed by {@code ...}. */
    record Call(String name, List<HclExpression> arguments, boolean expandLast, SourceSpan span) implements HclExpression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code !operand} or {@code -operand}. */
    record Unary(String operator, HclExpression operand, SourceSpan span)
            implements HclExpression {
    }

    /** {@code left operator right} for the arithmetic, comparison and logic operators. */
    record Binary(String operator, HclExpression left, HclExpression right, SourceSpan span)
            implements HclExpression {
    }

    /** {@code condition ? then : otherwise}. */
    record Conditional(HclExpression condition, HclExpression then, HclExpression otherwise, SourceSpan span) implements HclExpression {
    }

    /**
     * {@code [for k, v in collection : value if condition]} or, with a key expression, the object form
     * {@code {for k, v in collection : key => value... if condition}}; keyName, keyResult and condition may be null.
     */
    record For(String keyName, String valueName, HclExpression collection, HclExpression keyResult,
               HclExpression valueResult, HclExpression condition, boolean grouping, SourceSpan span) implements HclExpression {
    }
}
