package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Binary;
import com.balancerstudio.importing.hcl.HclExpression.Call;
import com.balancerstudio.importing.hcl.HclExpression.Conditional;
import com.balancerstudio.importing.hcl.HclExpression.GetAttribute;
import com.balancerstudio.importing.hcl.HclExpression.Index;
import com.balancerstudio.importing.hcl.HclExpression.Literal;
import com.balancerstudio.importing.hcl.HclExpression.Splat;
import com.balancerstudio.importing.hcl.HclExpression.SplatItem;
import com.balancerstudio.importing.hcl.HclExpression.Unary;
import com.balancerstudio.importing.hcl.HclExpression.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;

/**
 * Reads one expression: operators by HCL's precedence, then terms with their attribute, index and splat steps.
 * New lines end an expression except inside parentheses, brackets and interpolations.
 */
final class ExpressionParser {
    /** Binary operators from the loosest to the tightest; longer spellings first within a level. */
    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"},
    };

    private final Cursor in;
    private final TemplateParser templates;
    private final CollectionParser collections;
    private boolean newlinesIgnored;

    ExpressionParser(Cursor in) {
        this.in = in;
        this.templates = new TemplateParser(in, this);
        this.collections = new CollectionParser(in, this);
    }

    TemplateParser templates() {
        return templates;
    }

    /** Parses an expression where new lines are significant ({@code false}) or not ({@code true}). */
    HclExpression expression(boolean ignoreNewlines) throws HclException {
        boolean saved = newlinesIgnored;
        newlinesIgnored = ignoreNewlines;
        try {
            return conditional();
        } finally {
            newlinesIgnored = saved;
        }
    }

    void space() throws HclException {
        in.skipSpace(newlinesIgnored);
    }

    /** The span from {@code start} to the end of what was last read. */
    SourceSpan span(int start) {
        return span(start, start);
    }

    SourceSpan span(int positionStart, int sourceStart) {
        return new SourceSpan(in.text(), sourceStart, in.end(), in.position(positionStart));
    }

    private HclExpression conditional() throws HclException {
        in.enter();
        space();
        int start = in.pos();
        var condition = binary(0);
        space();
        if (!in.take("?")) {
            in.leave();
            return condition;
        }
        in.skipSpace(true);
        var then = conditional();
        in.skipSpace(true);
        in.expect(":", "':' after the true result of the conditional");
        in.skipSpace(true);
        var otherwise = conditional();
        in.leave();
        return new Conditional(condition, then, otherwise, span(start));
    }

    private HclExpression binary(int level) throws HclException {
        if (level == LEVELS.length) {
            return unary();
        }
        int start = in.pos();
        var left = binary(level + 1);
        int chained = 0;
        while (true) {
            space();
            var operator = operatorAt(level);
            if (operator == null) {
                for (int i = 0; i < chained; i++) {
                    in.leave();
                }
                return left;
            }
            in.advance(operator.length());
            in.skipSpace(true);
            // Every operator in a chain deepens the tree by one, so each counts against the nesting limit.
            in.enter();
            chained++;
            var right = binary(level + 1);
            left = new Binary(operator, left, right, span(start));
        }
    }

    private String operatorAt(int level) {
        for (var operator : LEVELS[level]) {
            if (in.startsWith(operator)) {
                // '=>' belongs to object for-expressions, '<<' to heredocs and '//' '/*' to comments.
                boolean partOfOther = operator.equals(">") && in.startsWith(">=")
                        || operator.equals("<") && in.startsWith("<<");
                if (!partOfOther) {
                    return operator;
                }
            }
        }
        return null;
    }

    private HclExpression unary() throws HclException {
        space();
        int start = in.pos();
        char c = in.peek();
        if (c == '-' || c == '!') {
            in.advance(1);
            in.enter();
            var operand = unary();
            in.leave();
            if (c == '-' && operand instanceof Literal literal && literal.value() instanceof BigDecimal number) {
                return new Literal(number.negate(), span(start));
            }
            return new Unary(String.valueOf(c), operand, span(start));
        }
        return postfix(start, term());
    }

    private HclExpression term() throws HclException {
        int start = in.pos();
        char c = in.peek();
        if (c == '(') {
            in.advance(1);
            var inner = expression(true);
            in.skipSpace(true);
            in.expect(")", "')' to close the '(' at " + in.position(start));
            return inner;
        }
        if (c == '[') {
            return collections.tupleOrFor();
        }
        if (c == '{') {
            return collections.objectOrFor();
        }
        if (c == '"') {
            return templates.quoted();
        }
        if (in.startsWith("<<")) {
            return templates.heredoc();
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (in.atIdentifierStart()) {
            var name = in.identifier("a name");
            if (name.equals("true") || name.equals("false")) {
                return new Literal(Boolean.valueOf(name), span(start));
            }
            if (name.equals("null")) {
                return new Literal(null, span(start));
            }
            if (in.peek() == '(') {
                return call(name, start);
            }
            return new Variable(name, span(start));
        }
        throw in.error(start, "expected a value, found " + in.describeNext());
    }

    private HclExpression number() throws HclException {
        int start = in.pos();
        var text = in.text();
        int i = start;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && isAsciiDigit(text.charAt(j))) {
                while (j < text.length() && isAsciiDigit(text.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        var literal = text.substring(start, i);
        var value = Values.parseNumber(literal);
        if (value == null) {
            throw in.error(start, "the number " + literal + " is too large or too small to use");
        }
        in.advance(i - start);
        return new Literal(value, span(start));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private HclExpression call(String name, int start) throws HclException {
        in.advance(1);
        var arguments = new ArrayList<HclExpression>();
        boolean expandLast = false;
        in.enter();
        while (true) {
            in.skipSpace(true);
            if (in.take(")")) {
                break;
            }
            arguments.add(expression(true));
            in.skipSpace(true);
            if (in.take("...")) {
                expandLast = true;
                in.skipSpace(true);
                in.expect(")", "')' after '...', which may only follow the last argument");
                break;
            }
            if (!in.take(",")) {
                in.expect(")", "',' or ')' in the arguments of " + name + "()");
                break;
            }
        }
        in.leave();
        return new Call(name, arguments, expandLast, span(start));
    }

    /** Attribute, index and splat steps after a term. */
    private HclExpression postfix(int start, HclExpression term) throws HclException {
        var result = term;
        int steps = 0;
        while (true) {
            space();
            var before = result;
            if (in.peek() == '.' && in.peek(1) == '*') {
                in.advance(2);
                result = splat(start, result, false);
            } else if (atFullSplat()) {
                takeFullSplat();
                result = splat(start, result, true);
            } else {
                result = step(start, result, start);
            }
            if (result == before) {
                for (int i = 0; i < steps; i++) {
                    in.leave();
                }
                return result;
            }
            in.enter();
            steps++;
        }
    }

    /** Whether {@code [*]} comes next; nothing is consumed. */
    private boolean atFullSplat() throws HclException {
        if (in.peek() != '[') {
            return false;
        }
        int saved = in.pos();
        int savedEnd = in.end();
        in.advance(1);
        in.skipSpace(true);
        boolean star = in.take("*");
        in.skipSpace(true);
        boolean splat = star && in.peek() == ']';
        in.reset(saved, savedEnd);
        return splat;
    }

    private void takeFullSplat() throws HclException {
        in.advance(1);
        in.skipSpace(true);
        in.advance(1);
        in.skipSpace(true);
        in.advance(1);
    }

    /** One {@code .name}, {@code .0} or {@code [key]} step, or the target unchanged when none follows. */
    private HclExpression step(int start, HclExpression target, int sourceStart) throws HclException {
        if (in.peek() == '.' && in.peek(1) != '.') {
            in.advance(1);
            if (isAsciiDigit(in.peek())) {
                int keyStart = in.pos();
                while (isAsciiDigit(in.peek())) {
                    in.advance(1);
                }
                var digits = in.text().substring(keyStart, in.pos());
                var key = new Literal(Values.number(new BigDecimal(digits)), span(keyStart));
                return new Index(target, key, span(start, sourceStart));
            }
            var name = in.identifier("an attribute name after '.'");
            return new GetAttribute(target, name, span(start, sourceStart));
        }
        if (in.peek() == '[') {
            in.advance(1);
            var key = expression(true);
            in.skipSpace(true);
            in.expect("]", "']' to close the index");
            return new Index(target, key, span(start, sourceStart));
        }
        return target;
    }

    /** The steps after {@code [*]} (all of them) or {@code .*} (attributes only) apply to each element. */
    private HclExpression splat(int start, HclExpression target, boolean full) throws HclException {
        int itemStart = in.end();
        HclExpression each = new SplatItem(span(start));
        int steps = 0;
        while (true) {
            space();
            if (in.peek() == '.' && in.peek(1) == '*' || in.peek() == '[' && (!full || atFullSplat())) {
                break;
            }
            var next = step(start, each, itemStart);
            if (next == each) {
                break;
            }
            each = next;
            in.enter();
            steps++;
        }
        for (int i = 0; i < steps; i++) {
            in.leave();
        }
        return new Splat(target, each, span(start));
    }
}
