package com.balancerstudio.importing.hcl;

import java.math.BigDecimal;
import java.math.MathContext;

/** The unary and binary operators of HCL on evaluated operands. */
final class Operators {
    private Operators() {
    }

    static Object unary(HclExpression.Unary unary, Object operand) throws HclException {
        if (unary.operator().equals("!")) {
            return !Values.toBool(operand, unary.operand());
        }
        return Values.number(Values.toNumber(operand, unary.operand()).negate());
    }

    static Object binary(HclExpression.Binary binary, Object left, Object right) throws HclException {
        var operator = binary.operator();
        if (operator.equals("==") || operator.equals("!=")) {
            comparable(binary.left(), left);
            comparable(binary.right(), right);
        }
        switch (operator) {
            case "==":
                return Values.same(left, right);
            case "!=":
                return !Values.same(left, right);
            case "&&":
                return Values.toBool(left, binary.left()) & Values.toBool(right, binary.right());
            case "||":
                return Values.toBool(left, binary.left()) | Values.toBool(right, binary.right());
            default:
                break;
        }
        var a = Values.toNumber(left, binary.left());
        var b = Values.toNumber(right, binary.right());
        switch (operator) {
            case "<":
                return a.compareTo(b) < 0;
            case "<=":
                return a.compareTo(b) <= 0;
            case ">":
                return a.compareTo(b) > 0;
            case ">=":
                return a.compareTo(b) >= 0;
            case "+":
                return Values.number(a.add(b));
            case "-":
                return Values.number(a.subtract(b));
            case "*":
                return Values.number(a.multiply(b));
            default:
                return divide(binary, a, b);
        }
    }

    /** A reference the caller made has no value yet, so whether it equals something cannot be told. */
    private static void comparable(HclExpression where, Object value) throws HclException {
        if (Values.isOpaque(value)) {
            throw Values.error(where, "`" + where.source() + "` cannot be compared: it is " + Values.typeName(value));
        }
    }

    private static Object divide(HclExpression.Binary binary, BigDecimal a, BigDecimal b) throws HclException {
        if (b.signum() == 0) {
            throw Values.error(binary, "division by zero in `" + binary.source() + "`");
        }
        if (binary.operator().equals("%")) {
            return Values.number(a.remainder(b));
        }
        return Values.number(a.divide(b, MathContext.DECIMAL128));
    }
}
