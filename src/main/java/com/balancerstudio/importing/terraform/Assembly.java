package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The design being assembled from the configuration: elements by id in the order they were made, the element each
 * resource instance became, and the notes on what could not be followed.
 */
final class Assembly {
    /** The Region of a configuration whose provider names none (Terraform would then ask for one). */
    static final String FALLBACK_REGION = "us-east-1";

    final Evaluation evaluation;
    final List<String> notes = new ArrayList<>();
    private final Map<ElementId, Element> elements = new LinkedHashMap<>();
    private final Map<ResourceInstance, ElementId> byInstance = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, String> regionByAlias = new HashMap<>();

    Assembly(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** What one resource instance does to the design; it may fail on what it cannot follow. */
    interface Step {
        void apply(ResourceInstance instance, Arguments arguments) throws HclException;
    }

    /** Applies the step to every instance of every resource of the types; a failure is noted and that instance skipped. */
    void each(Step step, String... types) {
        for (var resource : evaluation.configuration().resourcesOf(types)) {
            List<ResourceInstance> instances;
            try {
                instances = evaluation.instancesOf(resource);
            } catch (HclException e) {
                notes.add(e.getMessage() + " (" + resource.address() + " left out)");
                continue;
            }
            for (var instance : instances) {
                try {
                    step.apply(instance, Arguments.of(evaluation, instance));
                } catch (HclException e) {
                    notes.add(e.getMessage() + " (" + instance.address() + " left out)");
                } catch (IllegalArgumentException | NullPointerException e) {
                    notes.add(resource.block().position() + ": " + e.getMessage() + " (" + instance.address()
                            + " left out)");
                }
            }
        }
    }

    void note(Arguments at, String message) {
        notes.add(at.position() + ": " + message);
    }

    /** A fresh element id made from a name: letters, digits and hyphens, unique in the design. */
    ElementId newId(String name) {
        var base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.:-]+", "-").replaceAll("^[^a-z0-9]+", "")
                .replaceAll("-+$", "");
        if (base.isEmpty()) {
            base = "element";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        var candidate = base;
        for (int n = 2; !usedIds.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return new ElementId(candidate);
    }

    void add(ResourceInstance origin, Element element) {
        elements.put(element.id(), element);
        if (origin != null) {
            byInstance.put(origin, element.id());
        }
    }

    void replace(Element element) {
        elements.put(element.id(), element);
    }

    Element get(ElementId id) {
        return id == null ? null : elements.get(id);
    }

    <T extends Element> T get(ElementId id, Class<T> type) {
        var element = get(id);
        return type.isInstance(element) ? type.cast(element) : null;
    }

    <T extends Element> List<T> all(Class<T> type) {
        return elements.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Element> elements() {
        return List.copyOf(elements.values());
    }

    ElementId idOf(ResourceInstance instance) {
        return byInstance.get(instance);
    }

    /**
     * The element an argument refers to ({@code aws_subnet.a.id}), or null when it is not set. A value that is no
     * reference to an element of the design (an ID written as text, a resource that was left out) is an error that
     * names the argument.
     */
    <T extends Element> T ref(Arguments arguments, String argument, Class<T> type) throws HclException {
        return refTo(arguments.value(argument), arguments, argument, type);
    }

    <T extends Element> T refTo(Object value, Arguments arguments, String argument, Class<T> type) throws HclException {
        if (value == null) {
            return null;
        }
        var position = arguments.positionOf(argument);
        if (!(value instanceof AttributeRef ref)) {
            throw new HclException(position, argument + " is " + Values.describe(value)
                    + ", not a reference to a resource of this configuration; it cannot be followed");
        }
        var element = get(idOf(ref.instance()));
        if (element == null) {
            throw new HclException(position, argument + " refers to " + ref.instance().address()
                    + ", which is not in the imported design");
        }
        if (!type.isInstance(element)) {
            throw new HclException(position, argument + " refers to " + ref.instance().address() + ", which is a "
                    + element.kindLabel() + ", not a " + com.balancerstudio.model.ElementKinds.label(type));
        }
        return type.cast(element);
    }

    /** The elements a list argument refers to, in order. */
    <T extends Element> List<T> refs(Arguments arguments, String argument, Class<T> type) throws HclException {
        var list = new ArrayList<T>();
        for (var item : arguments.list(argument)) {
            list.add(refTo(item, arguments, argument, type));
        }
        return list;
    }

    /** The Region the resource is created in, from its provider meta-argument; the Region element is made on first use. */
    Region regionOf(ResourceInstance instance) throws HclException {
        var alias = instance.resource().providerAlias();
        var code = regionByAlias.get(alias);
        if (code == null) {
            code = providerRegion(alias, instance);
            regionByAlias.put(alias, code);
        }
        var id = new ElementId(code);
        var region = get(id, Region.class);
        if (region == null) {
            usedIds.add(code);
            region = new Region(id, code, null, null, code);
            add(null, region);
        }
        return region;
    }

    private String providerRegion(String alias, ResourceInstance instance) throws HclException {
        var code = evaluation.providerRegion(alias);
        if (code == null) {
            notes.add(instance.resource().block().position() + ": the aws provider"
                    + (alias.isEmpty() ? "" : " '" + alias + "'") + " names no Region; " + FALLBACK_REGION + " assumed");
            return FALLBACK_REGION;
        }
        return code;
    }
}
