package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the edits of whole user gestures (delete with contents, move, rename, reparent) against a design. */
public final class Edits {
    private Edits() {
    }

    /**
     * Deletes the elements with everything inside them, and removes the references other elements hold to anything
     * deleted (a listener forwarding to a deleted target group stops forwarding to it), as one edit.
     */
    public static Edit delete(Design design, Collection<ElementId> ids) {
        var doomed = new LinkedHashSet<ElementId>();
        for (var id : ids) {
            if (!design.contains(id)) {
                throw new EditRefusedException("no element '" + id + "' to delete");
            }
            collectWithContents(design, id, doomed);
        }
        var edits = new ArrayList<Edit>();
        var updated = new LinkedHashMap<ElementId, Element>();
        for (var id : doomed) {
            for (var referrer : design.topology().referrersOf(id)) {
                if (!doomed.contains(referrer.id())) {
                    var current = updated.getOrDefault(referrer.id(), referrer);
                    updated.put(referrer.id(), current.withoutReferencesTo(id));
                }
            }
        }
        updated.forEach((id, after) -> edits.add(new ReplaceElement(design.get(id), after, "Unlink")));
        var working = design;
        for (var edit : edits) {
            working = edit.apply(working);
        }
        // Contents go before their containers (the deepest first: an element moved into a container may come before
        // it in the design's order), then from the end of the order. Each removal records its index at its own
        // step, so undoing them in reverse puts every element back where it was.
        var order = new ArrayList<>(doomed);
        order.sort(Comparator.comparingInt((ElementId id) -> depth(design, id)).reversed()
                .thenComparing(Comparator.comparingInt(design::indexOf).reversed()));
        for (var id : order) {
            var element = working.get(id);
            var removal = new RemoveElement(element, working.indexOf(id));
            working = removal.apply(working);
            edits.add(removal);
        }
        return new CompoundEdit(deleteLabel(design, ids), edits);
    }

    private static int depth(Design design, ElementId id) {
        int depth = 0;
        for (var parent = design.get(id).parent(); parent != null; parent = design.get(parent).parent()) {
            depth++;
        }
        return depth;
    }

    private static void collectWithContents(Design design, ElementId id, Set<ElementId> into) {
        if (into.add(id)) {
            for (var child : design.children(id)) {
                collectWithContents(design, child.id(), into);
            }
        }
    }

    private static String deleteLabel(Design design, Collection<ElementId> ids) {
        if (ids.size() == 1) {
            var element = design.get(ids.iterator().next());
            return "Delete " + element.kindLabel().toLowerCase(Locale.ROOT) + " '" + element.name() + "'";
        }
        return "Delete " + ids.size() + " elements";
    }

    /** Moves the elements by an offset (their contents move with them, being relative). */
    public static Edit move(Design design, Collection<ElementId> ids, double dx, double dy) {
        var edits = new ArrayList<Edit>();
        for (var id : ids) {
            var element = require(design, id);
            edits.add(new ReplaceElement(element, element.withPlacement(element.parent(),
                    element.bounds().translate(dx, dy)), "Move"));
        }
        return new CompoundEdit(ids.size() == 1 ? "Move '" + require(design, ids.iterator().next()).name() + "'"
                : "Move " + ids.size() + " elements", edits);
    }

    public static Edit rename(Design design, ElementId id, String newName) {
        var element = require(design, id);
        return new ReplaceElement(element, element.withName(newName), "Rename '" + element.name() + "' to '" + newName + "'");
    }

    /** Puts the element into another container at the given relative bounds. */
    public static Edit reparent(Design design, ElementId id, ElementId newParent, Rect bounds) {
        var element = require(design, id);
        var target = newParent == null ? "the design" : "'" + require(design, newParent).name() + "'";
        return new ReplaceElement(element, element.withPlacement(newParent, bounds), "Move '" + element.name() + "' into " + target);
    }

    /** Replaces an element by a changed copy, labelled by what changed ("Set idle timeout"). */
    public static Edit change(Design design, Element after, String label) {
        return new ReplaceElement(require(design, after.id()), after, label);
    }

    /** Adds elements at the end of the design, containers first, as one edit. */
    public static Edit add(Design design, List<? extends Element> elements, String label) {
        var edits = new ArrayList<Edit>();
        int index = design.size();
        for (var element : elements) {
            edits.add(new AddElement(element, index++));
        }
        return new CompoundEdit(label, edits);
    }

    private static Element require(Design design, ElementId id) {
        var element = design.get(id);
        if (element == null) {
            throw new EditRefusedException("no element '" + id + "'");
        }
        return element;
    }

    /** Switches a rule off for this design, with the reason the person gave. */
    public static Edit switchRuleOff(Design design, String ruleId, String reason) {
        var before = design.validation();
        return new ChangeValidationSettings(before, before.withRuleOff(ruleId, reason.strip()),
                "Switch off " + ruleId + " for this design");
    }

    /** Switches a rule back on for this design. */
    public static Edit switchRuleOn(Design design, String ruleId) {
        var before = design.validation();
        return new ChangeValidationSettings(before, before.withRuleOn(ruleId), "Switch on " + ruleId);
    }

    /** Sets the value of a quota the design's account has, or goes back to AWS's default when the value is null. */
    public static Edit setQuota(Design design, com.balancerstudio.model.Quota quota, Integer value) {
        var before = design.validation();
        return new ChangeValidationSettings(before, before.withQuota(quota, value),
                value == null ? "Use the default " + quota.label() : "Set " + quota.label() + " to " + value);
    }
}
