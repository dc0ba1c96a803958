package com.balancerstudio.ui.inspector;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A text field checked as it is typed: text the parser refuses gets a red border and the parser's message as a
 * tooltip, and is not applied; valid text is applied on Enter or when the field loses focus.
 */
public final class ValidatedField extends TextField {
    public static final String INVALID = "invalid-value";

    private final Function<String, Object> parser;
    private final Consumer<Object> commit;
    private final Tooltip hint;
    private Object committed;
    private Consumer<String> refusals = message -> { };

    /** The parser returns the value for the text or throws IllegalArgumentException saying what is wrong. */
    public ValidatedField(Object value, String text, String hintText, Function<String, Object> parser,
                          Consumer<Object> commit) {
        super(text);
        this.parser = parser;
        this.commit = commit;
        this.committed = value;
        this.hint = hintText == null ? null : new Tooltip(hintText);
        // As wide as the column it sits in, like the drop-downs beside it.
        setMaxWidth(Double.MAX_VALUE);
        setTooltip(hint);
        if (hintText != null) {
            setPromptText(hintText);
        }
        textProperty().addListener((o, old, now) -> {
            try {
                check(now);
            } catch (IllegalArgumentException e) {
                // check() has marked the field; nothing is applied while the text is invalid.
            }
        });
        setOnAction(e -> apply());
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                apply();
            }
        });
    }

    private Object check(String text) {
        try {
            var value = parser.apply(text);
            getStyleClass().remove(INVALID);
            setStyle("");
            setTooltip(hint);
            return value;
        } catch (IllegalArgumentException e) {
            if (!getStyleClass().contains(INVALID)) {
                getStyleClass().add(INVALID);
            }
            setStyle("-fx-border-color: #d1242f; -fx-border-width: 2px;");
            setTooltip(new Tooltip(e.getMessage()));
            throw e;
        }
    }

    /** Where a refused value is reported when the person presses Enter or leaves the field (the status bar). */
    public ValidatedField reportingTo(Consumer<String> refusals) {
        this.refusals = refusals;
        return this;
    }

    /** The value of the text as it stands; marks the field and throws, saying why, when the text is refused. */
    public Object parsedValue() {
        return check(getText());
    }

    private void apply() {
        Object value;
        try {
            value = check(getText());
        } catch (IllegalArgumentException e) {
            refusals.accept("Not applied: " + e.getMessage());
            return;
        }
        if (!Objects.equals(value, committed)) {
            committed = value;
            commit.accept(value);
        }
    }

    public boolean isInvalid() {
        return getStyleClass().contains(INVALID);
    }
}
