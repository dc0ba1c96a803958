package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.Literal;
import com.balancerstudio.importing.hcl.HclExpression.Template;
import com.balancerstudio.importing.hcl.HclExpression.TemplateFor;
import com.balancerstudio.importing.hcl.HclExpression.TemplateIf;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the pieces of a template into its tree: strip markers applied, if and for directives nested. */
final class TemplateTree {
    private final Cursor in;
    private final List<TemplatePiece> pieces;
    private int next;
    private int depth;

    private TemplateTree(Cursor in, List<TemplatePiece> pieces) {
        this.in = in;
        this.pieces = pieces;
    }

    static Template build(Cursor in, List<TemplatePiece> pieces, SourceSpan span)
            throws HclException {
        var stripped = new ArrayList<>(pieces);
        applyStripMarkers(stripped);
        var tree = new TemplateTree(in, stripped);
        var parts = tree.sequence(Set.of());
        return new Template(parts, span);
    }

    /** {@code ${~ x}} trims the white space before, {@code ${x ~}} the white space after, new lines included. */
    private static void applyStripMarkers(List<TemplatePiece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            boolean before = false;
            boolean after = false;
            if (pieces.get(i) instanceof TemplatePiece.Interpolation interpolation) {
                before = interpolation.stripBefore();
                after = interpolation.stripAfter();
            } else if (pieces.get(i) instanceof TemplatePiece.Directive directive) {
                before = directive.stripBefore();
                after = directive.stripAfter();
            }
            if (before && i > 0 && pieces.get(i - 1) instanceof TemplatePiece.Text text) {
                pieces.set(i - 1, new TemplatePiece.Text(text.text().stripTrailing(), text.start()));
            }
            if (after && i + 1 < pieces.size() && pieces.get(i + 1) instanceof TemplatePiece.Text text) {
                pieces.set(i + 1, new TemplatePiece.Text(text.text().stripLeading(), text.start()));
            }
        }
    }

    /** The parts up to (not including) a directive named in {@code stops}, or to the end. */
    private List<HclExpression> sequence(Set<String> stops) throws HclException {
        var parts = new ArrayList<HclExpression>();
        while (next < pieces.size()) {
            var piece = pieces.get(next);
            if (piece instanceof TemplatePiece.Text text) {
                if (!text.text().isEmpty()) {
                    parts.add(new Literal(text.text(), SourceSpan.of(in.position(text.start()), text.text())));
                }
                next++;
            } else if (piece instanceof TemplatePiece.Interpolation interpolation) {
                parts.add(new HclExpression.Interpolation(interpolation.expression(), interpolation.span()));
                next++;
            } else {
                var directive = (TemplatePiece.Directive) piece;
                if (stops.contains(directive.keyword())) {
                    return parts;
                }
                next++;
                parts.add(nested(directive));
            }
        }
        return parts;
    }

    private HclExpression nested(TemplatePiece.Directive directive) throws HclException {
        var position = in.position(directive.start());
        if (++depth > Cursor.MAX_DEPTH) {
            throw in.error(directive.start(), "template directives are nested more than " + Cursor.MAX_DEPTH
                    + " levels deep");
        }
        try {
            return nestedDirective(directive, position);
        } finally {
            depth--;
        }
    }

    private HclExpression nestedDirective(TemplatePiece.Directive directive, SourcePosition position)
            throws HclException {
        switch (directive.keyword()) {
            case "if" -> {
                var then = new Template(sequence(Set.of("else", "endif")), SourceSpan.of(position, ""));
                var otherwise = new Template(List.of(), SourceSpan.of(position, ""));
                if (at("else")) {
                    next++;
                    otherwise = new Template(sequence(Set.of("endif")), SourceSpan.of(position, ""));
                }
                close("endif", "if", directive);
                return new TemplateIf(directive.expression(), then, otherwise,
                        SourceSpan.of(position, "%{ if " + directive.expression().source() + " }"));
            }
            case "for" -> {
                var body = new Template(sequence(Set.of("endfor")), SourceSpan.of(position, ""));
                close("endfor", "for", directive);
                return new TemplateFor(directive.keyName(), directive.valueName(), directive.expression(), body,
                        SourceSpan.of(position, "%{ for ... in " + directive.expression().source() + " }"));
            }
            default -> throw in.error(directive.start(), "%{ " + directive.keyword() + " } without a matching "
                    + (directive.keyword().equals("endfor") ? "%{ for }" : "%{ if }"));
        }
    }

    private boolean at(String keyword) {
        return next < pieces.size() && pieces.get(next) instanceof TemplatePiece.Directive directive
                && directive.keyword().equals(keyword);
    }

    private void close(String keyword, String opening, TemplatePiece.Directive directive) throws HclException {
        if (!at(keyword)) {
            throw in.error(directive.start(), "%{ " + opening + " } has no matching %{ " + keyword + " }");
        }
        next++;
    }
}
