package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** A redirect action: protocol, port, host, path and query (each empty keeps the request's own) and 301 or 302. */
final class RedirectEditor {
    private RedirectEditor() {
    }

    /** Adds the rows that edit the action below the rows the grid already has. */
    static void addRows(GridPane grid, Workspace workspace, Action.Redirect redirect, String where,
                        BiConsumer<Action, String> commit) {
        int first = grid.getRowCount();
        BiConsumer<String, Object> set = (part, value) -> commit.accept(RecordCopier.with(redirect, part, value),
                "Set redirect " + PropertyNames.words(part) + " of " + where);
        var protocols = List.of(new Choice("same as request", null), new Choice("HTTP", Protocol.HTTP),
                new Choice("HTTPS", Protocol.HTTPS));
        var protocol = Choice.box(protocols, redirect.protocol(), picked -> set.accept("protocol", picked));
        protocol.setId("redirect-protocol");
        grid.addRow(first, PropertyForm.label("protocol"), protocol);
        var port = field(workspace, "port", redirect.port(), text -> {
            var number = Parsers.wholeNumber(AwsLimits.LISTENER_PORT, false).apply(text);
            return number == null ? null : number.toString();
        }, set);
        grid.addRow(first + 1, PropertyForm.label("port"), port);
        grid.addRow(first + 2, PropertyForm.label("host"),
                field(workspace, "host", redirect.host(), part(false, false), set));
        grid.addRow(first + 3, PropertyForm.label("path"),
                field(workspace, "path", redirect.path(), part(true, false), set));
        grid.addRow(first + 4, PropertyForm.label("query"),
                field(workspace, "query", redirect.query(), part(false, true), set));
        var codes = new ArrayList<Choice>();
        for (var code : AwsLimits.REDIRECT_STATUS_CODES) {
            codes.add(new Choice(code.substring(5) + (code.endsWith("301") ? " moved permanently" : " found (temporary)"),
                    code));
        }
        var status = Choice.box(codes, redirect.statusCode(), picked -> set.accept("statusCode", picked));
        status.setId("redirect-status");
        grid.addRow(first + 5, PropertyForm.label("status code"), status);
    }

    private static ValidatedField field(Workspace workspace, String name, String value, Function<String, Object> parser,
                                        BiConsumer<String, Object> set) {
        var field = new ValidatedField(value, value == null ? "" : value, "same as request", parser,
                typed -> set.accept(name, typed)).reportingTo(workspace::say);
        field.setId("redirect-" + name);
        return field;
    }

    /** Host, path or query text: empty keeps the request's own; at most 128 characters; a path starts with '/'. */
    private static Function<String, Object> part(boolean path, boolean query) {
        return text -> {
            var trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return null;
            }
            if (trimmed.length() > AwsLimits.REDIRECT_PART_MAX_LENGTH) {
                throw new IllegalArgumentException("AWS allows up to " + AwsLimits.REDIRECT_PART_MAX_LENGTH
                        + " characters, not " + trimmed.length());
            }
            if (path && !trimmed.startsWith("/")) {
                throw new IllegalArgumentException("a redirect path starts with '/', as in /#{path}");
            }
            if (query && trimmed.startsWith("?")) {
                throw new IllegalArgumentException("write the query without its leading '?'");
            }
            if (trimmed.contains(" ")) {
                throw new IllegalArgumentException("'" + trimmed + "' holds a space");
            }
            return trimmed;
        };
    }
}
