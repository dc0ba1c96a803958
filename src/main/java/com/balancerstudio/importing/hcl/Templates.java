package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Interpolation;
import com.balancerstudio.importing.hcl.HclExpression.Literal;
import com.balancerstudio.importing.hcl.HclExpression.Template;
import com.balancerstudio.importing.hcl.HclExpression.TemplateFor;
import com.balancerstudio.importing.hcl.HclExpression.TemplateIf;
import java.util.HashMap;

/** Renders templates to strings; a template that is only one interpolation gives that value unchanged. */
final class Templates {
    private final HclEvaluator evaluator;

    Templates(HclEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Object evaluate(Template template) throws HclException {
        if (template.parts().size() == 1 && template.parts().get(0) instanceof Interpolation only) {
            return evaluator.evaluate(only.expression());
        }
        var out = new StringBuilder();
        render(template, out);
        return out.toString();
    }

    private void render(Template template, StringBuilder out) throws HclException {
        for (var part : template.parts()) {
            if (part instanceof Literal literal) {
                out.append((String) literal.value());
            } else if (part instanceof Interpolation interpolation) {
                out.append(text(interpolation.expression(), evaluator.evaluate(interpolation.expression())));
            } else if (part instanceof TemplateIf branch) {
                var condition = evaluator.evaluate(branch.condition());
                render(Values.toBool(condition, branch.condition()) ? branch.then() : branch.otherwise(), out);
            } else if (part instanceof TemplateFor loop) {
                var collection = evaluator.evaluate(loop.collection());
                for (var entry : ForLoop.entries(collection, loop.collection())) {
                    var names = new HashMap<String, Object>();
                    if (loop.keyName() != null) {
                        names.put(loop.keyName(), entry.getKey());
                    }
                    names.put(loop.valueName(), entry.getValue());
                    evaluator.bind(names);
                    try {
                        render(loop.body(), out);
                    } finally {
                        evaluator.unbind();
                    }
                }
            } else {
                out.append(text(part, evaluator.evaluate(part)));
            }
        }
    }

    private static String text(HclExpression where, Object value) throws HclException {
        if (value == null) {
            throw Values.error(where, "`" + where.source() + "` is null, which cannot be put into a string template");
        }
        if (Values.isOpaque(value)) {
            throw Values.error(where, "`" + where.source() + "` cannot be put into a string template: it is "
                    + Values.typeName(value));
        }
        return Values.toText(value, where);
    }
}
