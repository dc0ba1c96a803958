package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Call;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The evaluated arguments of one function call, read as the types the function needs, with errors in place. */
final class Arguments {
    private final Call call;
    private final List<Object> values;

    Arguments(Call call, List<Object> values) {
        this.call = call;
        this.values = values;
    }

    int size() {
        return values.size();
    }

    List<Object> all() {
        return values;
    }

    Object get(int i) {
        return values.get(i);
    }

    /** The expression written for argument i (the call itself when the argument came from a '...' expansion). */
    HclExpression where(int i) {
        return i < call.arguments().size() && !(call.expandLast() && i >= call.arguments().size() - 1)
                ? call.arguments().get(i) : call;
    }

    HclException error(String reason) {
        return new HclException(call.position(), call.name() + "(): " + reason);
    }

    String text(int i) throws HclException {
        if (get(i) == null) {
            throw error("argument " + (i + 1) + " is null, where a string is needed");
        }
        return Values.toText(get(i), where(i));
    }

    BigDecimal number(int i) throws HclException {
        return Values.toNumber(get(i), where(i));
    }

    int integer(int i) throws HclException {
        var number = number(i);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw error("argument " + (i + 1) + " must be a whole number, not " + number.toPlainString());
        }
    }

    boolean bool(int i) throws HclException {
        return Values.toBool(get(i), where(i));
    }

    List<?> list(int i) throws HclException {
        if (get(i) instanceof List<?> list) {
            return list;
        }
        throw error("argument " + (i + 1) + " `" + where(i).source() + "` is " + Values.typeName(get(i))
                + ", not a list");
    }

    Map<?, ?> map(int i) throws HclException {
        if (get(i) instanceof Map<?, ?> map) {
            return map;
        }
        throw error("argument " + (i + 1) + " `" + where(i).source() + "` is " + Values.typeName(get(i))
                + ", not a map");
    }
}
