package com.balancerstudio.importing.hcl;

import java.util.ArrayList;
import java.util.HashMap;

/** Reads a file of HCL native syntax (a Terraform {@code .tf} file) into its body of attributes and blocks. */
public final class HclParser {
    private final Cursor in;
    private final ExpressionParser expressions;

    private HclParser(String fileName, String text) {
        this.in = new Cursor(fileName, text);
        this.expressions = new ExpressionParser(in);
    }

    /** The body of the file, or an {@link HclException} at the exact place where the text stops making sense. */
    public static HclBody parse(String fileName, String text) throws HclException {
        var parser = new HclParser(fileName, text);
        return parser.body(-1);
    }

    /** Reads attributes and blocks up to the end of the file ({@code openedAt} &lt; 0) or to the closing brace. */
    private HclBody body(int openedAt) throws HclException {
        var attributes = new ArrayList<HclAttribute>();
        var blocks = new ArrayList<HclBlock>();
        var seen = new HashMap<String, SourcePosition>();
        while (true) {
            in.skipSpace(true);
            if (in.atEnd()) {
                if (openedAt >= 0) {
                    throw in.error(openedAt, "this '{' is never closed");
                }
                break;
            }
            if (openedAt >= 0 && in.peek() == '}') {
                break;
            }
            int start = in.pos();
            var name = in.identifier("an attribute name or a block type");
            in.skipSpace(false);
            if (in.peek() == '=' && in.peek(1) != '=') {
                in.advance(1);
                var expression = expressions.expression(false);
                var previous = seen.putIfAbsent(name, in.position(start));
                if (previous != null) {
                    throw in.error(start, "the attribute '" + name + "' is already set at " + previous);
                }
                attributes.add(new HclAttribute(name, expression, in.position(start)));
            } else {
                blocks.add(block(name, start));
            }
            endOfItem(openedAt >= 0);
        }
        return new HclBody(attributes, blocks);
    }

    private HclBlock block(String type, int start) throws HclException {
        var labels = new ArrayList<String>();
        while (in.peek() == '"' || in.atIdentifierStart()) {
            labels.add(label());
            in.skipSpace(false);
        }
        if (in.peek() != '{') {
            throw in.error(in.pos(), (labels.isEmpty() ? "expected '=' or a block after '" + type + "'"
                    : "expected '{' after the labels of the block '" + type + "'") + ", found " + in.describeNext());
        }
        int open = in.pos();
        in.advance(1);
        in.enter("the block '" + type + "'");
        var body = body(open);
        in.leave();
        in.advance(1);
        return new HclBlock(type, labels, body, in.position(start));
    }

    private String label() throws HclException {
        if (in.peek() != '"') {
            return in.identifier("a block label");
        }
        int start = in.pos();
        var template = expressions.templates().quoted();
        if (template.parts().isEmpty()) {
            return "";
        }
        if (template.parts().size() == 1 && template.parts().get(0) instanceof HclExpression.Literal literal) {
            return (String) literal.value();
        }
        throw in.error(start, "a block label must be a plain string, without ${ } or %{ }");
    }

    private void endOfItem(boolean inBlock) throws HclException {
        in.skipSpace(false);
        if (in.atEnd() || in.take("\n") || inBlock && in.peek() == '}') {
            return;
        }
        throw in.error(in.pos(), "expected a new line, found " + in.describeNext());
    }
}
