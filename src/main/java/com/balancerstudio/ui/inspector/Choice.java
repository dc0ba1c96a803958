package com.balancerstudio.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

/** One option of a drop-down property editor: what it says and the value it stands for (null: unset). */
public record Choice(String label, Object value) {
    @Override
    public String toString() {
        return label;
    }

    /** A drop-down of the choices showing the current value, committing the value the person picks. */
    public static ComboBox<Choice> box(List<Choice> choices, Object current, Consumer<Object> commit) {
        return checkedBox(choices, current, value -> {
            commit.accept(value);
            return true;
        });
    }

    /**
     * A drop-down whose commit may refuse the picked value (returning false, having said why): it then shows the
     * current value again, so the screen never shows what the design does not hold.
     */
    public static ComboBox<Choice> checkedBox(List<Choice> choices, Object current, Predicate<Object> commit) {
        var box = new ComboBox<>(FXCollections.observableArrayList(choices));
        var shown = choices.stream().filter(c -> Objects.equals(c.value(), current)).findFirst();
        shown.ifPresent(box::setValue);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            var picked = box.getValue();
            if (picked != null && !Objects.equals(picked.value(), current) && !commit.test(picked.value())) {
                box.setValue(shown.orElse(null));
            }
        });
        return box;
    }
}
