package com.balancerstudio.importing.hcl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Attribute access and indexing on evaluated values, with errors that quote the expression written. */
final class Access {
    private Access() {
    }

    static Object attribute(Object target, String name, HclExpression.GetAttribute where) throws HclException {
        if (target instanceof Map<?, ?> map) {
            if (!map.containsKey(name)) {
                throw Values.error(where, "no key \"" + name + "\" in the map `" + where.target().source() + "`");
            }
            return map.get(name);
        }
        if (target instanceof HclTraversable traversable) {
            return traversable.attribute(name, where.position());
        }
        if (target instanceof List) {
            throw Values.error(where, "`" + where.target().source() + "` is a list: it has no attribute '" + name
                    + "' (use [index] to pick an element, or [*]." + name + " for all of them)");
        }
        throw Values.error(where, "`" + where.target().source() + "` is " + Values.typeName(target)
                + ", which has no attribute '" + name + "'");
    }

    static Object index(Object target, Object key, HclExpression.Index where) throws HclException {
        if (target instanceof List<?> list) {
            var number = Values.toNumber(key, where.key());
            int position = integer(number, where);
            if (position < 0 || position >= list.size()) {
                throw Values.error(where, "index " + number.toPlainString() + " out of range for a list of "
                        + list.size() + " in `" + where.source() + "`");
            }
            return list.get(position);
        }
        if (target instanceof Map<?, ?> map) {
            if (key == null) {
                throw Values.error(where, "the key `" + where.key().source() + "` is null");
            }
            var name = Values.toText(key, where.key());
            if (!map.containsKey(name)) {
                throw Values.error(where, "no key \"" + name + "\" in the map `" + where.target().source() + "`");
            }
            return map.get(name);
        }
        if (target instanceof HclTraversable traversable) {
            return traversable.index(key, where.position());
        }
        throw Values.error(where, "`" + where.target().source() + "` is " + Values.typeName(target)
                + ", which cannot be indexed");
    }

    private static int integer(BigDecimal number, HclExpression where) throws HclException {
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw Values.error(where, "the index " + number.toPlainString() + " in `" + where.source()
                    + "` is not a whole number");
        }
    }
}
