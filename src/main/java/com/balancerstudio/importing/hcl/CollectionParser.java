package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.For;
import com.balancerstudio.importing.hcl.HclExpression.Literal;
import com.balancerstudio.importing.hcl.HclExpression.ObjectConstructor;
import com.balancerstudio.importing.hcl.HclExpression.ObjectItem;
import com.balancerstudio.importing.hcl.HclExpression.Tuple;
import com.balancerstudio.importing.hcl.HclExpression.Variable;
import java.util.ArrayList;

/** Reads tuples {@code [...]}, objects {@code {...}} and the for-expressions written with either bracket. */
final class CollectionParser {
    private final Cursor in;
    private final ExpressionParser expressions;

    CollectionParser(Cursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    HclExpression tupleOrFor() throws HclException {
        int start = in.pos();
        in.advance(1);
        in.enter();
        in.skipSpace(true);
        if (atFor()) {
            var loop = forExpression(start, false);
            in.leave();
            return loop;
        }
        var items = new ArrayList<HclExpression>();
        while (true) {
            in.skipSpace(true);
            if (in.take("]")) {
                break;
            }
            items.add(expressions.expression(true));
            in.skipSpace(true);
            if (!in.take(",")) {
                in.expect("]", "',' or ']' in the list opened at " + in.position(start));
                break;
            }
        }
        in.leave();
        return new Tuple(items, expressions.span(start));
    }

    HclExpression objectOrFor() throws HclException {
        int start = in.pos();
        in.advance(1);
        in.enter();
        in.skipSpace(true);
        if (atFor()) {
            var loop = forExpression(start, true);
            in.leave();
            return loop;
        }
        var items = new ArrayList<ObjectItem>();
        while (true) {
            in.skipSpace(true);
            if (in.take("}")) {
                break;
            }
            var key = key();
            in.skipSpace(false);
            if (!in.take("=") && !in.take(":")) {
                throw in.error(in.pos(), "expected '=' or ':' after the key " + key.source() + ", found "
                        + in.describeNext());
            }
            items.add(new ObjectItem(key, expressions.expression(false)));
            in.skipSpace(false);
            if (in.take(",") || in.take("\n")) {
                continue;
            }
            in.expect("}", "',', a new line or '}' after the value of " + key.source());
            break;
        }
        in.leave();
        return new ObjectConstructor(items, expressions.span(start));
    }

    /** A bare name as a key is the string itself ({@code { Name = 1 }}); {@code (name)} is evaluated. */
    private HclExpression key() throws HclException {
        boolean parenthesized = in.peek() == '(';
        var key = expressions.expression(false);
        if (!parenthesized && key instanceof Variable variable) {
            return new Literal(variable.name(), variable.span());
        }
        return key;
    }

    private boolean atFor() throws HclException {
        if (!in.atKeyword("for")) {
            return false;
        }
        int saved = in.pos();
        int savedEnd = in.end();
        in.advance(3);
        in.skipSpace(true);
        boolean loop = in.atIdentifierStart();
        in.reset(saved, savedEnd);
        return loop;
    }

    private HclExpression forExpression(int start, boolean object) throws HclException {
        in.advance(3);
        in.skipSpace(true);
        String keyName = null;
        var valueName = in.identifier("a variable name after 'for'");
        in.skipSpace(true);
        if (in.take(",")) {
            in.skipSpace(true);
            keyName = valueName;
            valueName = in.identifier("a second variable name after ','");
            in.skipSpace(true);
        }
        if (!in.atKeyword("in")) {
            throw in.error(in.pos(), "expected 'in' after the for-expression's variables, found " + in.describeNext());
        }
        in.advance(2);
        var collection = expressions.expression(true);
        in.skipSpace(true);
        in.expect(":", "':' after the collection of the for-expression");
        HclExpression keyResult = null;
        if (object) {
            keyResult = expressions.expression(true);
            in.skipSpace(true);
            in.expect("=>", "'=>' between the key and the value of the object for-expression");
        }
        var valueResult = expressions.expression(true);
        in.skipSpace(true);
        boolean grouping = object && in.take("...");
        in.skipSpace(true);
        HclExpression condition = null;
        if (in.atKeyword("if")) {
            in.advance(2);
            condition = expressions.expression(true);
            in.skipSpace(true);
        }
        in.expect(object ? "}" : "]", object ? "'}' to close the for-expression" : "']' to close the for-expression");
        return new For(keyName, valueName, collection, keyResult, valueResult, condition, grouping,
                expressions.span(start));
    }
}
