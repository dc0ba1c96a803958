package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.Functions.Function;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;

/** Terraform's number functions. */
final class NumberFunctions {
    /** Terraform refuses to make a range of more elements than this. */
    private static final int RANGE_LIMIT = 1024;

    private NumberFunctions() {
    }

    static void register(Map<String, Function> into) {
        into.put("min", new Function(1, -1, a -> extreme(a, -1)));
        into.put("max", new Function(1, -1, a -> extreme(a, 1)));
        into.put("abs", new Function(1, 1, a -> a.number(0).abs()));
        into.put("range", new Function(1, 3, NumberFunctions::range));
    }

    private static Object extreme(Arguments a, int direction) throws HclException {
        var best = a.number(0);
        for (int i = 1; i < a.size(); i++) {
            var candidate = a.number(i);
            if (candidate.compareTo(best) * direction > 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static Object range(Arguments a) throws HclException {
        var start = a.size() == 1 ? BigDecimal.ZERO : a.number(0);
        var limit = a.size() == 1 ? a.number(0) : a.number(1);
        var step = a.size() == 3 ? a.number(2) : BigDecimal.valueOf(start.compareTo(limit) <= 0 ? 1 : -1);
        if (step.signum() == 0) {
            throw a.error("the step must not be zero");
        }
        if (start.compareTo(limit) != 0 && step.signum() != limit.subtract(start).signum()) {
            throw a.error("a step of " + step.toPlainString() + " never gets from " + start.toPlainString()
                    + " to " + limit.toPlainString());
        }
        var items = new ArrayList<>();
        for (var n = start; step.signum() > 0 ? n.compareTo(limit) < 0 : n.compareTo(limit) > 0; n = n.add(step)) {
            if (items.size() == RANGE_LIMIT) {
                throw a.error("more than " + RANGE_LIMIT + " elements");
            }
            items.add(Values.number(n));
        }
        return Values.list(items);
    }
}
