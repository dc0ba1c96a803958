package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Binary;
import com.balancerstudio.importing.hcl.HclExpression.Call;
import com.balancerstudio.importing.hcl.HclExpression.Conditional;
import com.balancerstudio.importing.hcl.HclExpression.For;
import com.balancerstudio.importing.hcl.HclExpression.GetAttribute;
import com.balancerstudio.importing.hcl.HclExpression.Index;
import com.balancerstudio.importing.hcl.HclExpression.Interpolation;
import com.balancerstudio.importing.hcl.HclExpression.Literal;
import com.balancerstudio.importing.hcl.HclExpression.ObjectConstructor;
import com.balancerstudio.importing.hcl.HclExpression.Splat;
import com.balancerstudio.importing.hcl.HclExpression.SplatItem;
import com.balancerstudio.importing.hcl.HclExpression.Template;
import com.balancerstudio.importing.hcl.HclExpression.Tuple;
import com.balancerstudio.importing.hcl.HclExpression.Unary;
import com.balancerstudio.importing.hcl.HclExpression.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates HCL expressions to plain Java values ({@code null}, String, BigDecimal, Boolean, unmodifiable List and
 * Map) with Terraform's semantics; names it does not bind are asked of the caller's {@link HclScope}. One evaluator
 * serves one thread: it keeps the names of the for-expressions it is inside.
 */
public final class HclEvaluator {
    /** How many sub-expressions one evaluation may visit: far above real configurations, far below a hang. */
    static final long MAX_STEPS = 1_000_000;

    private final HclScope scope;
    private final List<Map<String, Object>> bound = new ArrayList<>();
    private final List<Object> splatItems = new ArrayList<>();
    private final Functions functions = new Functions(this);
    private final Templates templates = new Templates(this);
    /**
     * The deepest evaluation, counting the evaluations of the named values an expression refers to (see
     * {@link #HclEvaluator(HclScope, int)}): each level costs stack, and the parser already allows 200 in one
     * expression.
     */
    public static final int MAX_DEPTH = 500;

    private final int outerDepth;
    private int nesting;
    private long steps;

    public HclEvaluator(HclScope scope) {
        this(scope, 0);
    }

    /**
     * An evaluator started from inside another evaluation {@code outerDepth} levels deep (a value the outer expression
     * refers to), so that the two together stay within {@link #MAX_DEPTH}.
     */
    public HclEvaluator(HclScope scope, int outerDepth) {
        this.scope = scope;
        this.outerDepth = outerDepth;
    }

    /** How deep this evaluation is now, counting the evaluations it was started from. */
    public int depth() {
        return outerDepth + nesting;
    }

    /**
     * The value of the expression, or an {@link HclException} at the part that cannot be evaluated, saying why.
     * Evaluation is bounded: a configuration that would build billions of values is refused, not run.
     */
    public Object evaluate(HclExpression expression) throws HclException {
        if (nesting == 0) {
            steps = 0;
        }
        if (++steps > MAX_STEPS) {
            throw new HclException(expression.position(), "evaluating this takes more than " + MAX_STEPS
                    + " steps; a Terraform configuration never needs that many");
        }
        if (depth() >= MAX_DEPTH) {
            throw new HclException(expression.position(), "the expression is nested more than " + MAX_DEPTH
                    + " levels deep, counting the values it refers to");
        }
        nesting++;
        try {
            return evaluateNode(expression);
        } finally {
            nesting--;
        }
    }

    /** Counts work done outside sub-expressions (elements a function builds) against the same bound. */
    void charge(long work, HclExpression where) throws HclException {
        steps += work;
        if (steps > MAX_STEPS) {
            throw new HclException(where.position(), "evaluating this takes more than " + MAX_STEPS
                    + " steps; a Terraform configuration never needs that many");
        }
    }

    private Object evaluateNode(HclExpression expression) throws HclException {
        if (expression instanceof Literal literal) {
            return literal.value();
        }
        if (expression instanceof Variable variable) {
            return variable(variable);
        }
        if (expression instanceof GetAttribute get) {
            return Access.attribute(evaluate(get.target()), get.name(), get);
        }
        if (expression instanceof Index index) {
            return Access.index(evaluate(index.target()), evaluate(index.key()), index);
        }
        if (expression instanceof Template template) {
            return templates.evaluate(template);
        }
        if (expression instanceof Interpolation interpolation) {
            return evaluate(interpolation.expression());
        }
        if (expression instanceof Tuple tuple) {
            var items = new ArrayList<>();
            for (var item : tuple.items()) {
                items.add(evaluate(item));
            }
            return Values.list(items);
        }
        if (expression instanceof ObjectConstructor object) {
            return object(object);
        }
        if (expression instanceof Call call) {
            return functions.call(call);
        }
        if (expression instanceof Unary unary) {
            return Operators.unary(unary, evaluate(unary.operand()));
        }
        if (expression instanceof Binary binary) {
            return Operators.binary(binary, evaluate(binary.left()), evaluate(binary.right()));
        }
        if (expression instanceof Conditional conditional) {
            boolean condition = Values.toBool(evaluate(conditional.condition()), conditional.condition());
            return evaluate(condition ? conditional.then() : conditional.otherwise());
        }
        if (expression instanceof For loop) {
            return new ForLoop(this, loop).evaluate();
        }
        if (expression instanceof Splat splat) {
            return splat(splat);
        }
        if (expression instanceof SplatItem) {
            return splatItems.get(splatItems.size() - 1);
        }
        // Template directives only make sense inside the template that holds them.
        return templates.evaluate(new Template(List.of(expression), expression.span()));
    }

    private Object variable(Variable variable) throws HclException {
        for (int i = bound.size() - 1; i >= 0; i--) {
            if (bound.get(i).containsKey(variable.name())) {
                return bound.get(i).get(variable.name());
            }
        }
        return scope.variable(variable.name(), variable.position());
    }

    private Object object(ObjectConstructor object) throws HclException {
        var entries = new LinkedHashMap<String, Object>();
        for (var item : object.items()) {
            var key = evaluate(item.key());
            if (key == null) {
                throw Values.error(item.key(), "the key `" + item.key().source() + "` is null");
            }
            entries.put(Values.toText(key, item.key()), evaluate(item.value()));
        }
        return Values.map(entries);
    }

    /** A splat over null is an empty list; over a single value, a list of that one value. */
    private Object splat(Splat splat) throws HclException {
        var target = evaluate(splat.target());
        List<?> items = target == null ? List.of() : target instanceof List<?> list ? list : List.of(target);
        var results = new ArrayList<>();
        for (var item : items) {
            splatItems.add(item);
            try {
                results.add(evaluate(splat.each()));
            } finally {
                splatItems.remove(splatItems.size() - 1);
            }
        }
        return Values.list(results);
    }

    /** Evaluates with for-expression names bound on top of the current ones. */
    Object evaluateWith(Map<String, Object> names, HclExpression expression) throws HclException {
        bind(names);
        try {
            return evaluate(expression);
        } finally {
            unbind();
        }
    }

    void bind(Map<String, Object> names) {
        bound.add(names);
    }

    void unbind() {
        bound.remove(bound.size() - 1);
    }
}
