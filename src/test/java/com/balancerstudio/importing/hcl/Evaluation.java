package com.balancerstudio.importing.hcl;

import java.util.Map;

/** Test helper: parses {@code value = <expression>} and evaluates it with the given root names. */
final class Evaluation {
    private Evaluation() {
    }

    static HclExpression expression(String expression) throws HclException {
        var body = HclParser.parse("test.tf", "value = " + expression + "\n");
        return body.attribute("value").orElseThrow().expression();
    }

    static Object eval(String expression) throws HclException {
        return eval(expression, Map.of());
    }

    static Object eval(String expression, Map<String, Object> names) throws HclException {
        return new HclEvaluator(scope(names)).evaluate(expression(expression));
    }

    static HclScope scope(Map<String, Object> names) {
        return (name, position) -> {
            if (!names.containsKey(name)) {
                throw new HclException(position, "unknown name '" + name + "'");
            }
            return names.get(name);
        };
    }

    /** The error evaluating (or parsing) the expression gives; fails when there is none. */
    static HclException failure(String expression, Map<String, Object> names) {
        try {
            var value = eval(expression, names);
            throw new AssertionError("expected an error, got " + value);
        } catch (HclException e) {
            return e;
        }
    }

    static HclException failure(String expression) {
        return failure(expression, Map.of());
    }
}
