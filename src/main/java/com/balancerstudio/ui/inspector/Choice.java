package com.balancerstudio.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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
        var box = new ComboBox<>(FXCollections.observableArrayList(choices));
        choices.stream().filter(c -> Objects.equals(c.value(), current)).findFirst().ifPresent(box::setValue);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            var picked = box.getValue();
            if (picked != null && !Objects.equals(picked.value(), current)) {
                commit.accept(picked.value());
            }
        });
        return box;
    }
}
