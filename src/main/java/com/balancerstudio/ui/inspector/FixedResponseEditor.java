package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Action;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** A fixed-response action: its status code (2XX, 4XX or 5XX), content type and body, each checked as AWS does. */
final class FixedResponseEditor {
    private FixedResponseEditor() {
    }

    /** Adds the rows that edit the action below the rows the grid already has. */
    static void addRows(GridPane grid, Workspace workspace, Action.FixedResponse fixed, String where,
                        BiConsumer<Action, String> commit) {
        int first = grid.getRowCount();
        var status = new ValidatedField(fixed.statusCode(), fixed.statusCode() == null ? "" : fixed.statusCode(),
                "e.g. 404", text -> {
                    var code = text.strip();
                    if (!AwsLimits.FIXED_RESPONSE_STATUS_CODE.matcher(code).matches()) {
                        throw new IllegalArgumentException("'" + code + "' is not a status code AWS answers with: "
                                + "three digits starting with 2, 4 or 5");
                    }
                    return code;
                }, typed -> commit.accept(new Action.FixedResponse(fixed.contentType(), fixed.messageBody(),
                        (String) typed, fixed.order()), "Set response status code of " + where))
                .reportingTo(workspace::say);
        status.setId("fixed-status");
        var types = new ArrayList<Choice>();
        AwsLimits.FIXED_RESPONSE_CONTENT_TYPES.forEach(type -> types.add(new Choice(type, type)));
        if (fixed.contentType() != null && !AwsLimits.FIXED_RESPONSE_CONTENT_TYPES.contains(fixed.contentType())) {
            types.add(0, new Choice(fixed.contentType() + " (AWS refuses it)", fixed.contentType()));
        }
        var type = Choice.box(types, fixed.contentType(), picked -> commit.accept(new Action.FixedResponse(
                (String) picked, fixed.messageBody(), fixed.statusCode(), fixed.order()),
                "Set response content type of " + where));
        type.setId("fixed-content-type");
        var body = new ValidatedField(fixed.messageBody(), fixed.messageBody() == null ? "" : fixed.messageBody(),
                "empty body", text -> {
                    if (text.length() > AwsLimits.FIXED_RESPONSE_BODY_MAX_LENGTH) {
                        throw new IllegalArgumentException("AWS allows a body of up to "
                                + AwsLimits.FIXED_RESPONSE_BODY_MAX_LENGTH + " characters, not " + text.length());
                    }
                    return text.isEmpty() ? null : text;
                }, typed -> commit.accept(new Action.FixedResponse(fixed.contentType(), (String) typed,
                        fixed.statusCode(), fixed.order()), "Set response body of " + where))
                .reportingTo(workspace::say);
        body.setId("fixed-body");
        grid.addRow(first, PropertyForm.label("status code"), status);
        grid.addRow(first + 1, PropertyForm.label("content type"), type);
        grid.addRow(first + 2, PropertyForm.label("body"), body);
    }
}
