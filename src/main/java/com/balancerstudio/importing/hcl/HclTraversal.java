package com.balancerstudio.importing.hcl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A reference read without evaluating it: a root name and the attribute and index steps after it, as in
 * {@code aws_eip.nat[each.key].id} (root {@code aws_eip}, steps {@code .nat}, {@code [each.key]}, {@code .id}).
 */
public record HclTraversal(String root, List<Step> steps, SourcePosition position, String source) {
    public HclTraversal {
        steps = List.copyOf(steps);
    }

    /** One step after the root name. */
    public sealed interface Step {
    }

    /** {@code .name}. */
    public record AttributeStep(String name) implements Step {
    }

    /** {@code [key]} (or the legacy {@code .0}); the key is an expression, often a literal. */
    public record IndexStep(HclExpression key) implements Step {
        /** The key when it is written as a literal number or string. */
        public Optional<Object> literalKey() {
            return key instanceof HclExpression.Literal literal ? Optional.ofNullable(literal.value())
                    : Optional.empty();
        }
    }

    /** The attribute names after the root up to the first index, e.g. {@code [nat]} for the example above. */
    public List<String> leadingAttributes() {
        var names = new ArrayList<String>();
        for (var step : steps) {
            if (!(step instanceof AttributeStep attribute)) {
                break;
            }
            names.add(attribute.name());
        }
        return names;
    }

    static Optional<HclTraversal> of(HclExpression expression) {
        var unwrapped = singleInterpolation(expression);
        var steps = new ArrayList<Step>();
        var current = unwrapped;
        while (true) {
            if (current instanceof HclExpression.GetAttribute get) {
                steps.add(new AttributeStep(get.name()));
                current = get.target();
            } else if (current instanceof HclExpression.Index index) {
                steps.add(new IndexStep(index.key()));
                current = index.target();
            } else if (current instanceof HclExpression.Variable variable) {
                Collections.reverse(steps);
                return Optional.of(new HclTraversal(variable.name(), steps, unwrapped.position(), unwrapped.source()));
            } else {
                return Optional.empty();
            }
        }
    }

    /** Terraform 0.11 wrote references as {@code "${aws_vpc.main.id}"}; such a template is read as its reference. */
    private static HclExpression singleInterpolation(HclExpression expression) {
        if (expression instanceof HclExpression.Template template && template.parts().size() == 1
                && template.parts().get(0) instanceof HclExpression.Interpolation interpolation) {
            return interpolation.expression();
        }
        return expression;
    }
}
