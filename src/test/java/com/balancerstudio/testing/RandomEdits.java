package com.balancerstudio.testing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random user gestures for property tests: each recipe becomes a concrete edit against whatever design it meets
 * (move, rename, delete with contents, add an instance, change a health check, move an instance to another subnet).
 */
public final class RandomEdits {
    private RandomEdits() {
    }

    /** A gesture kind and the numbers it picks its target and values with. */
    public record Recipe(int kind, int pick, int other, int amount) {
        public Edit toEdit(Design design) {
            var elements = design.elements();
            if (elements.isEmpty()) {
                return Edits.add(design, List.of(new Region(ElementId.of("r" + amount), "r" + amount, null, null,
                        "eu-west-1")), "Add region");
            }
            var target = elements.get(Math.floorMod(pick, elements.size()));
            return switch (Math.floorMod(kind, 6)) {
                case 0 -> Edits.move(design, List.of(target.id()), amount, -amount / 2.0);
                case 1 -> Edits.rename(design, target.id(), "renamed-" + amount);
                case 2 -> Edits.delete(design, List.of(target.id()));
                case 3 -> addInstance(design, amount);
                case 4 -> changeHealthCheck(design, amount);
                default -> moveInstance(design, other);
            };
        }
    }

    public static Arbitrary<Recipe> recipes() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 400)).as(Recipe::new);
    }

    private static Edit addInstance(Design design, int amount) {
        var subnets = design.elementsOf(Subnet.class);
        if (subnets.isEmpty()) {
            return Edits.rename(design, design.elements().get(0).id(), "no subnet " + amount);
        }
        var subnet = subnets.get(amount % subnets.size());
        var id = ElementId.of("added-" + design.size() + "-" + amount);
        while (design.contains(id)) {
            id = ElementId.of(id.value() + "x");
        }
        return Edits.add(design, List.of(Instance.of(id, id.value(), subnet.id(), new Rect(amount, 40, 64, 64))),
                "Add instance");
    }

    private static Edit changeHealthCheck(Design design, int amount) {
        var groups = design.elementsOf(TargetGroup.class);
        if (groups.isEmpty()) {
            return Edits.rename(design, design.elements().get(0).id(), "no group " + amount);
        }
        var group = groups.get(amount % groups.size());
        var check = new HealthCheck(null, null, null, "/health", amount, null, null, null, null);
        return Edits.change(design, group.withHealthCheck(check), "Set health check interval");
    }

    private static Edit moveInstance(Design design, int other) {
        var instances = design.elementsOf(Instance.class);
        var subnets = design.elementsOf(Subnet.class);
        if (instances.isEmpty() || subnets.isEmpty()) {
            return Edits.rename(design, design.elements().get(0).id(), "nothing to move " + other);
        }
        Element instance = instances.get(other % instances.size());
        var subnet = subnets.get(other % subnets.size());
        return Edits.reparent(design, instance.id(), subnet.id(), new Rect(10, 40, 64, 64));
    }
}
