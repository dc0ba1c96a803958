package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Ipv6Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.controlsfx.control.CheckComboBox;

/** Picks the control that edits one record component by its type: text, number, CIDR, choice, check box, reference. */
final class PropertyEditors {
    private PropertyEditors() {
    }

    /** The editor, or null when the component is not edited in a row of its own (nested records, lists of values). */
    static Node editor(Design design, Element element, Object owner, RecordComponent component, Consumer<Object> commit,
                       Consumer<String> refusals) {
        var type = component.getType();
        var name = component.getName();
        var value = RecordCopier.read(owner, component);
        if (type == String.class) {
            return new ValidatedField(value, value == null ? "" : (String) value,
                    name.equals("name") ? null : "AWS default", Parsers.text(name.equals("name")), commit)
                    .reportingTo(refusals);
        }
        if (type == Integer.class || type == int.class) {
            var range = PropertyNames.range(owner.getClass(), name);
            return new ValidatedField(value, value == null ? "" : value.toString(),
                    range == null ? "whole number" : range.toString(), Parsers.wholeNumber(range, type == int.class), commit)
                    .reportingTo(refusals);
        }
        if (type == Cidr.class) {
            return new ValidatedField(value, value == null ? "" : value.toString(), "e.g. 10.0.0.0/16",
                    Parsers.cidr(), commit).reportingTo(refusals);
        }
        if (type == Ipv6Cidr.class) {
            return new ValidatedField(value, value == null ? "" : value.toString(), "none (e.g. 2600:1f14:abc:de00::/56)",
                    Parsers.ipv6Cidr(), commit).reportingTo(refusals);
        }
        if (type == boolean.class) {
            var box = new CheckBox();
            box.setSelected((Boolean) value);
            box.selectedProperty().addListener((o, was, now) -> commit.accept(now));
            return box;
        }
        if (type == Boolean.class) {
            return Choice.box(List.of(new Choice("AWS default", null), new Choice("yes", true), new Choice("no", false)),
                    value, commit);
        }
        if (type.isEnum()) {
            var choices = new ArrayList<Choice>();
            if (acceptsNull(owner, name)) {
                choices.add(new Choice("AWS default", null));
            }
            for (var constant : type.getEnumConstants()) {
                choices.add(new Choice(constant.toString(), constant));
            }
            return Choice.box(choices, value, commit);
        }
        if (type == ElementId.class && owner == element) {
            var kinds = ReferenceKinds.of(element, name, false);
            if (!kinds.isEmpty()) {
                var choices = new ArrayList<Choice>();
                choices.add(new Choice("none", null));
                candidates(design, kinds).forEach(e -> choices.add(new Choice(e.name(), e.id())));
                return Choice.box(choices, value, commit);
            }
        }
        if (type == List.class && owner == element && listOf(component) == ElementId.class) {
            var kinds = ReferenceKinds.of(element, name, true);
            if (!kinds.isEmpty()) {
                return referenceList(design, kinds, (List<?>) value, commit);
            }
        }
        return new Label(Summaries.of(design, value));
    }

    private static Node referenceList(Design design, List<Class<? extends Element>> kinds, List<?> current,
                                      Consumer<Object> commit) {
        var box = new CheckComboBox<Choice>();
        var candidates = candidates(design, kinds);
        candidates.forEach(e -> box.getItems().add(new Choice(e.name(), e.id())));
        for (var choice : box.getItems()) {
            if (current.contains(choice.value())) {
                box.getCheckModel().check(choice);
            }
        }
        box.setMaxWidth(Double.MAX_VALUE);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) change ->
                commit.accept(box.getCheckModel().getCheckedItems().stream().map(c -> (ElementId) c.value()).toList()));
        return box;
    }

    private static List<Element> candidates(Design design, List<Class<? extends Element>> kinds) {
        return design.elements().stream().filter(e -> kinds.stream().anyMatch(k -> k.isInstance(e))).toList();
    }

    private static boolean acceptsNull(Object owner, String component) {
        try {
            RecordCopier.with(owner, component, null);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    static Class<?> listOf(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return Object.class;
    }

    /** Whether the component is a small record of plain values shown as a section of its own (health check...). */
    static boolean isSection(RecordComponent component) {
        var type = component.getType();
        if (!type.isRecord() || Element.class.isAssignableFrom(type) || type == Cidr.class || type == Ipv6Cidr.class
                || type == ElementId.class
                || type.getPackageName().startsWith("java")) {
            return false;
        }
        for (var inner : type.getRecordComponents()) {
            var t = inner.getType();
            if (!(t == String.class || t == Integer.class || t == int.class || t == Boolean.class
                    || t == boolean.class || t.isEnum())) {
                return false;
            }
        }
        return true;
    }
}
