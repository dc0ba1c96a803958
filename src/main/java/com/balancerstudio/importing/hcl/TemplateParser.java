package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads quoted strings and heredocs into templates: literal text with escapes, {@code ${ }} interpolations and
 * {@code %{ }} directives, honouring {@code ~} strip markers and the indentation of {@code <<-} heredocs.
 */
final class TemplateParser {
    private final Cursor in;
    private final ExpressionParser expressions;

    TemplateParser(Cursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** A {@code "..."} string. */
    Template quoted() throws HclException {
        int start = in.pos();
        in.advance(1);
        in.enter();
        var pieces = pieces(start, -1);
        in.leave();
        return TemplateTree.build(in, pieces, expressions.span(start));
    }

    /** A {@code <<EOT} or {@code <<-EOT} heredoc, up to the line holding only the marker. */
    Template heredoc() throws HclException {
        int start = in.pos();
        in.advance(2);
        boolean indented = in.take("-");
        var marker = in.identifier("a heredoc marker such as EOT after '<<'");
        in.take("\r");
        if (!in.take("\n")) {
            throw in.error(in.pos(), "expected a new line after the heredoc marker " + marker + ", found "
                    + in.describeNext());
        }
        int contentStart = in.pos();
        int closing = closingLine(contentStart, marker);
        if (closing < 0) {
            throw in.error(start, "unterminated heredoc: no line holding only " + marker + " closes it");
        }
        in.enter();
        var pieces = pieces(start, closing);
        in.leave();
        if (in.pos() != closing) {
            throw in.error(in.pos(), "an interpolation runs past the end of the heredoc " + marker);
        }
        if (indented) {
            HeredocIndent.strip(pieces);
        }
        int lineEnd = in.text().indexOf('\n', closing);
        in.advance((lineEnd < 0 ? in.text().length() : lineEnd) - in.pos());
        return TemplateTree.build(in, pieces, expressions.span(start));
    }

    private int closingLine(int from, String marker) {
        var text = in.text();
        int lineStart = from;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int stop = lineEnd < 0 ? text.length() : lineEnd;
            if (text.substring(lineStart, stop).strip().equals(marker)) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /**
     * Reads literal text, interpolations and directives up to the closing quote ({@code limit} &lt; 0, quoted)
     * or up to {@code limit} (heredoc, no backslash escapes).
     */
    private List<TemplatePiece> pieces(int start, int limit) throws HclException {
        boolean quoted = limit < 0;
        var pieces = new ArrayList<TemplatePiece>();
        var literal = new StringBuilder();
        int literalStart = in.pos();
        while (true) {
            if (quoted && (in.atEnd() || in.peek() == '\n')) {
                throw in.error(start, "unterminated string: it needs a closing '\"' on the same line");
            }
            if (!quoted && in.pos() >= limit) {
                break;
            }
            char c = in.peek();
            if (quoted && c == '"') {
                in.advance(1);
                break;
            }
            if (in.startsWith("$${") || in.startsWith("%%{")) {
                literal.append(c).append('{');
                in.advance(3);
            } else if (in.startsWith("${") || in.startsWith("%{")) {
                pieces.add(new TemplatePiece.Text(literal.toString(), literalStart));
                literal.setLength(0);
                pieces.add(c == '$' ? interpolation() : directive());
                literalStart = in.pos();
            } else if (quoted && c == '\\') {
                Escapes.read(in, literal);
            } else {
                literal.append(c);
                in.advance(1);
            }
        }
        pieces.add(new TemplatePiece.Text(literal.toString(), literalStart));
        return pieces;
    }

    private TemplatePiece interpolation() throws HclException {
        int start = in.pos();
        in.advance(2);
        boolean stripBefore = in.take("~");
        var expression = expressions.expression(true);
        boolean stripAfter = closing("interpolation", start);
        return new TemplatePiece.Interpolation(expression, stripBefore, stripAfter, expressions.span(start));
    }

    private boolean closing(String what, int start) throws HclException {
        in.skipSpace(true);
        boolean strip = in.take("~");
        in.expect("}", "'}' to close the " + what + " opened at " + in.position(start));
        return strip;
    }

    private TemplatePiece directive() throws HclException {
        int start = in.pos();
        in.advance(2);
        boolean stripBefore = in.take("~");
        in.skipSpace(true);
        var keyword = in.identifier("if, else, endif, for or endfor after '%{'");
        HclExpression condition = null;
        String keyName = null;
        String valueName = null;
        switch (keyword) {
            case "if" -> condition = expressions.expression(true);
            case "for" -> {
                in.skipSpace(true);
                valueName = in.identifier("a variable name after 'for'");
                in.skipSpace(true);
                if (in.take(",")) {
                    in.skipSpace(true);
                    keyName = valueName;
                    valueName = in.identifier("a second variable name after ','");
                    in.skipSpace(true);
                }
                if (!in.atKeyword("in")) {
                    throw in.error(in.pos(), "expected 'in' after the variables of the template for, found "
                            + in.describeNext());
                }
                in.advance(2);
                condition = expressions.expression(true);
            }
            case "else", "endif", "endfor" -> {
            }
            default -> throw in.error(start + 2, "unknown template directive '" + keyword
                    + "': expected if, else, endif, for or endfor");
        }
        boolean stripAfter = closing("directive", start);
        return new TemplatePiece.Directive(keyword, condition, keyName, valueName, stripBefore, stripAfter, start);
    }
}
