package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Terraform functions the evaluator knows, found by name; any other name is refused clearly. */
final class Functions {
    /** What a function does with its evaluated arguments. */
    @FunctionalInterface
    interface Body {
        Object apply(Arguments arguments) throws HclException;
    }

    /** A function with how many arguments it takes ({@code max} &lt; 0: any number from {@code min}). */
    record Function(int min, int max, Body body) {
    }

    private static final Map<String, Function> ALL = new HashMap<>();

    static {
        CollectionFunctions.register(ALL);
        TextFunctions.register(ALL);
        NumberFunctions.register(ALL);
        CidrFunctions.register(ALL);
        ALL.put("jsonencode", new Function(1, 1, a -> JsonEncoder.encode(a.get(0), a.where(0))));
    }

    private final HclEvaluator evaluator;

    Functions(HclEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Object call(Call call) throws HclException {
        var name = call.name();
        if (name.equals("try") || name.equals("can")) {
            return tryOrCan(call);
        }
        var function = ALL.get(name);
        if (function == null) {
            throw new HclException(call.position(), "the function '" + name + "' is not supported");
        }
        var values = new ArrayList<>();
        for (var argument : call.arguments()) {
            values.add(evaluator.evaluate(argument));
        }
        if (call.expandLast()) {
            var last = values.remove(values.size() - 1);
            if (!(last instanceof List<?> list)) {
                var where = call.arguments().get(call.arguments().size() - 1);
                throw Values.error(where, "`" + where.source() + "` is " + Values.typeName(last)
                        + ": only a list can be expanded with '...'");
            }
            values.addAll(list);
        }
        int count = values.size();
        if (count < function.min() || function.max() >= 0 && count > function.max()) {
            throw new HclException(call.position(), name + "() takes " + arity(function) + ", not " + count);
        }
        var result = function.body().apply(new Arguments(call, values));
        if (result instanceof List<?> list) {
            evaluator.charge(list.size(), call);
        } else if (result instanceof Map<?, ?> map) {
            evaluator.charge(map.size(), call);
        }
        return result;
    }

    private static String arity(Function function) {
        if (function.max() < 0) {
            return "at least " + function.min() + " argument" + (function.min() == 1 ? "" : "s");
        }
        if (function.min() == function.max()) {
            return function.min() + " argument" + (function.min() == 1 ? "" : "s");
        }
        return function.min() + " to " + function.max() + " arguments";
    }

    /** {@code try} gives its first argument that evaluates without error; {@code can} says whether one does. */
    private Object tryOrCan(Call call) throws HclException {
        boolean isTry = call.name().equals("try");
        if (isTry ? call.arguments().isEmpty() : call.arguments().size() != 1) {
            throw new HclException(call.position(), call.name() + "() takes "
                    + (isTry ? "at least 1 argument" : "1 argument") + ", not " + call.arguments().size());
        }
        HclException last = null;
        for (var argument : call.arguments()) {
            try {
                var value = evaluator.evaluate(argument);
                return isTry ? value : Boolean.TRUE;
            } catch (HclException e) {
                last = e;
            }
        }
        if (!isTry) {
            return Boolean.FALSE;
        }
        throw new HclException(call.position(), "no argument of try() could be evaluated; the last one failed: "
                + last.getMessage());
    }
}
