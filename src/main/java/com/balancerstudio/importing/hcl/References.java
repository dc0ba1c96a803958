package com.balancerstudio.importing.hcl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the references to caller-defined names in an expression, leaving out names bound by for-expressions. */
final class References {
    private final List<HclTraversal> found = new ArrayList<>();

    private References() {
    }

    static List<HclTraversal> in(HclExpression expression) {
        var references = new References();
        references.walk(expression, Set.of());
        return List.copyOf(references.found);
    }

    private void walk(HclExpression expression, Set<String> bound) {
        var traversal = HclTraversal.of(expression);
        if (traversal.isPresent() && !(expression instanceof HclExpression.Template)) {
            if (!bound.contains(traversal.get().root())) {
                found.add(traversal.get());
            }
            // Index keys inside a reference (aws_eip.x[each.key]) are references of their own.
            for (var step : traversal.get().steps()) {
                if (step instanceof HclTraversal.IndexStep index) {
                    walk(index.key(), bound);
                }
            }
            return;
        }
        for (var child : Children.of(expression)) {
            walk(child, bound);
        }
        if (expression instanceof HclExpression.For loop) {
            var inner = withNames(bound, loop.keyName(), loop.valueName());
            walkIfPresent(loop.keyResult(), inner);
            walk(loop.valueResult(), inner);
            walkIfPresent(loop.condition(), inner);
        } else if (expression instanceof HclExpression.TemplateFor loop) {
            walk(loop.body(), withNames(bound, loop.keyName(), loop.valueName()));
        }
    }

    private void walkIfPresent(HclExpression expression, Set<String> bound) {
        if (expression != null) {
            walk(expression, bound);
        }
    }

    private static Set<String> withNames(Set<String> bound, String key, String value) {
        var names = new HashSet<>(bound);
        if (key != null) {
            names.add(key);
        }
        names.add(value);
        return names;
    }

    /** The sub-expressions evaluated in the enclosing scope (a for-expression's body is handled by the caller). */
    private static final class Children {
        static List<HclExpression> of(HclExpression e) {
            var out = new ArrayList<HclExpression>();
            if (e instanceof HclExpression.Template t) {
                out.addAll(t.parts());
            } else if (e instanceof HclExpression.Interpolation i) {
                out.add(i.expression());
            } else if (e instanceof HclExpression.TemplateIf t) {
                out.add(t.condition());
                out.add(t.then());
                out.add(t.otherwise());
            } else if (e instanceof HclExpression.TemplateFor t) {
                out.add(t.collection());
            } else if (e instanceof HclExpression.Tuple t) {
                out.addAll(t.items());
            } else if (e instanceof HclExpression.ObjectConstructor o) {
                for (var item : o.items()) {
                    out.add(item.key());
                    out.add(item.value());
                }
            } else if (e instanceof HclExpression.GetAttribute g) {
                out.add(g.target());
            } else if (e instanceof HclExpression.Index i) {
                out.add(i.target());
                out.add(i.key());
            } else if (e instanceof HclExpression.Splat s) {
                out.add(s.target());
                out.add(s.each());
            } else if (e instanceof HclExpression.Call c) {
                out.addAll(c.arguments());
            } else if (e instanceof HclExpression.Unary u) {
                out.add(u.operand());
            } else if (e instanceof HclExpression.Binary b) {
                out.add(b.left());
                out.add(b.right());
            } else if (e instanceof HclExpression.Conditional c) {
                out.add(c.condition());
                out.add(c.then());
                out.add(c.otherwise());
            } else if (e instanceof HclExpression.For f) {
                out.add(f.collection());
            }
            return out;
        }
    }
}
