package com.balancerstudio.importing.hcl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Terraform's {@code format} with the verbs used in configurations: %s, %d, %v, %q and %%. */
final class Format {
    private Format() {
    }

    static Object format(Arguments a) throws HclException {
        var spec = a.text(0);
        var out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 >= spec.length()) {
                throw a.error("the format ends with a lone '%'");
            }
            char verb = spec.charAt(++i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if ("sdvq".indexOf(verb) < 0) {
                throw a.error("the format verb %" + verb + " is not supported (only %s, %d, %v, %q and %%)");
            }
            if (next >= a.size()) {
                throw a.error("the format has more verbs than there are values");
            }
            out.append(render(verb, next, a));
            next++;
        }
        if (next < a.size()) {
            throw a.error("there are " + (a.size() - 1) + " values but the format uses only " + (next - 1));
        }
        return out.toString();
    }

    private static String render(char verb, int i, Arguments a) throws HclException {
        var value = a.get(i);
        if (value == null) {
            throw a.error("value " + i + " is null");
        }
        switch (verb) {
            case 'd' -> {
                var number = a.number(i);
                if (number.stripTrailingZeros().scale() > 0) {
                    throw a.error("%d needs a whole number, not " + number.toPlainString());
                }
                return number.toBigIntegerExact().toString();
            }
            case 'q' -> {
                return JsonEncoder.encode(a.text(i), a.where(i));
            }
            case 'v' -> {
                if (value instanceof List || value instanceof Map) {
                    return JsonEncoder.encode(value, a.where(i));
                }
                return a.text(i);
            }
            default -> {
                return value instanceof BigDecimal number ? Values.number(number).toPlainString() : a.text(i);
            }
        }
    }
}
