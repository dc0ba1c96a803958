package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import com.balancerstudio.model.scenario.Scenario;

/**
 * An immutable design: a name, a description and its elements in a stable order. Construction enforces what makes
 * it a design at all (unique ids, every element inside an existing container of the right kind); everything AWS would
 * object to is left to the validation rules. Derived facts are computed once per design by {@link #topology()}.
 */
public final class Design {
    private final String name;
    private final String description;
    private final List<Element> elements;
    private final List<Scenario> scenarios;
    private final ValidationSettings validation;
    private final Map<ElementId, Element> byId;
    private volatile Map<ElementId, Integer> indexById;
    private volatile Map<ElementId, List<Element>> childrenById;
    private volatile Topology topology;

    private Design(String name, String description, List<Element> elements, List<Scenario> scenarios,
                   ValidationSettings validation, Map<ElementId, Element> byId) {
        this.name = name;
        this.description = description;
        this.validation = validation;
        this.elements = elements;
        this.scenarios = scenarios;
        this.byId = byId;
    }

    /** Builds a design without scenarios, or throws {@link InvalidDesignException} listing every structural problem. */
    public static Design of(String name, String description, List<? extends Element> elements) {
        return of(name, description, elements, List.of());
    }

    /**
     * Builds a design with its traffic scenarios (names must differ), or throws {@link InvalidDesignException} listing
     * every structural problem. What scenarios refer to is checked by {@code ScenarioReferences}, not here, so that a
     * design keeps its scenarios while an element they name is being edited away.
     */
    public static Design of(String name, String description, List<? extends Element> elements,
                            List<Scenario> scenarios) {
        Objects.requireNonNull(elements, "elements");
        var scenarioList = List.copyOf(Objects.requireNonNullElse(scenarios, List.of()));
        var list = List.<Element>copyOf(elements);
        var byId = new LinkedHashMap<ElementId, Element>(list.size() * 2);
        var problems = new ArrayList<DesignProblem>();
        for (int i = 0; i < list.size(); i++) {
            var element = list.get(i);
            if (element.id() == null) {
                problems.add(new DesignProblem(i, null, "id", element.kindLabel() + " '" + element.name() + "' has no id"));
                continue;
            }
            if (byId.putIfAbsent(element.id(), element) != null) {
                problems.add(new DesignProblem(i, element.id(), "id", "two elements have the id '" + element.id() + "'"));
            }
        }
        for (int i = 0; i < list.size() && problems.isEmpty(); i++) {
            var message = checkPlacement(list.get(i), byId);
            if (message != null) {
                problems.add(new DesignProblem(i, list.get(i).id(), "parent", message));
            }
        }
        var scenarioNames = new java.util.HashSet<String>();
        for (var scenario : scenarioList) {
            if (!scenarioNames.add(scenario.name())) {
                problems.add(new DesignProblem(-1, null, "scenarios", "two scenarios are named '" + scenario.name() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems);
        }
        return new Design(name == null || name.isBlank() ? "Untitled design" : name,
                description == null ? "" : description, list, scenarioList, ValidationSettings.NONE, Collections.unmodifiableMap(byId));
    }

    public static Design empty(String name) {
        return of(name, "", List.of());
    }

    /** Why the element cannot stand where it is, or null when it can. */
    private static String checkPlacement(Element element, Map<ElementId, Element> byId) {
        var type = element.getClass();
        if (element.parent() == null) {
            return ElementKinds.isTopLevel(type) ? null
                    : (element.kindLabel() + " '" + element.name() + "' has no container: "
                    + ElementKinds.placementHint(type));
        }
        var container = byId.get(element.parent());
        if (container == null) {
            return (element.kindLabel() + " '" + element.name() + "' is inside '" + element.parent()
                    + "', which is not in the design");
        }
        if (!ElementKinds.mayLiveIn(type, container.getClass())) {
            return (element.kindLabel() + " '" + element.name() + "' cannot be inside "
                    + container.kindLabel() + " '" + container.name() + "': " + ElementKinds.placementHint(type));
        }
        return null;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Element> elements() {
        return elements;
    }

    /** The traffic scenarios saved with the design, in file order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenario with this name, or null. */
    public Scenario scenario(String scenarioName) {
        return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst().orElse(null);
    }

    /** The same design with other scenarios. */
    public Design withScenarios(List<Scenario> newScenarios) {
        return of(name, description, elements, newScenarios).withValidation(validation);
    }

    /** The rules switched off for this design and the quotas its account has raised. */
    public ValidationSettings validation() {
        return validation;
    }

    /** The same design with other validation settings. */
    public Design withValidation(ValidationSettings settings) {
        return new Design(name, description, elements, scenarios, Objects.requireNonNull(settings), byId);
    }

    public int size() {
        return elements.size();
    }

    public boolean contains(ElementId id) {
        return byId.containsKey(id);
    }

    /** The element with this id, or null. */
    public Element get(ElementId id) {
        return id == null ? null : byId.get(id);
    }

    /** The element with this id if it is of the given kind, or null. */
    public <T extends Element> T get(ElementId id, Class<T> type) {
        var element = get(id);
        return type.isInstance(element) ? type.cast(element) : null;
    }

    public <T extends Element> List<T> elementsOf(Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The position of the element in the design's order, or -1. */
    public int indexOf(ElementId id) {
        var index = indexById;
        if (index == null) {
            var map = new HashMap<ElementId, Integer>(elements.size() * 2);
            for (int i = 0; i < elements.size(); i++) {
                map.put(elements.get(i).id(), i);
            }
            indexById = index = map;
        }
        return index.getOrDefault(id, -1);
    }

    /** The elements directly inside the given one (or the top-level elements for null), in design order. */
    public List<Element> children(ElementId id) {
        var children = childrenById;
        if (children == null) {
            var map = new HashMap<ElementId, List<Element>>();
            var top = new ArrayList<Element>();
            for (var element : elements) {
                if (element.parent() == null) {
                    top.add(element);
                } else {
                    map.computeIfAbsent(element.parent(), k -> new ArrayList<>()).add(element);
                }
            }
            map.replaceAll((k, v) -> List.copyOf(v));
            map.put(null, List.copyOf(top));
            childrenById = children = map;
        }
        return children.getOrDefault(id, List.of());
    }

    /** Derived facts (public subnets, which load balancer uses which target group...), computed once. */
    public Topology topology() {
        var t = topology;
        if (t == null) {
            topology = t = new Topology(this);
        }
        return t;
    }

    /** The bounds of an element in design coordinates (its own bounds offset by all its containers'). */
    public Rect absoluteBounds(ElementId id) {
        var element = byId.get(id);
        if (element == null) {
            throw new IllegalArgumentException("no element '" + id + "'");
        }
        var bounds = element.bounds();
        for (var parent = get(element.parent()); parent != null; parent = get(parent.parent())) {
            bounds = bounds.translate(parent.bounds().x(), parent.bounds().y());
        }
        return bounds;
    }

    /** Every reference that points at nothing, or at an element of the wrong kind. */
    public List<DesignProblem> danglingReferences() {
        var problems = new ArrayList<DesignProblem>();
        for (int i = 0; i < elements.size(); i++) {
            var element = elements.get(i);
            for (var reference : element.references()) {
                var target = byId.get(reference.target());
                if (target == null) {
                    problems.add(new DesignProblem(i, element.id(), reference.property(), element.kindLabel() + " '"
                            + element.name() + "' refers to '" + reference.target() + "', which is not in the design"));
                } else if (!reference.accepts(target)) {
                    problems.add(new DesignProblem(i, element.id(), reference.property(), element.kindLabel() + " '"
                            + element.name() + "' refers to " + target.kindLabel() + " '" + target.name()
                            + "' where a " + reference.expectedLabel() + " is expected"));
                }
            }
        }
        return problems;
    }

    public Design withName(String newName) {
        return new Design(Objects.requireNonNull(newName), description, elements, scenarios, validation, byId);
    }

    public Design withDescription(String newDescription) {
        return new Design(name, Objects.requireNonNull(newDescription), elements, scenarios, validation, byId);
    }

    /** A design with the element inserted at the index (its place in the design order). */
    public Design withAdded(Element element, int index) {
        if (byId.containsKey(element.id())) {
            throw new InvalidDesignException(List.of(new DesignProblem(index, element.id(), "id",
                    "an element with the id '" + element.id() + "' already exists")));
        }
        var list = new ArrayList<>(elements);
        list.add(Math.max(0, Math.min(index, list.size())), element);
        return of(name, description, list, scenarios).withValidation(validation);
    }

    /** A design without the element; refuses when other elements are still inside it. */
    public Design withRemoved(ElementId id) {
        int index = indexOf(id);
        if (index < 0) {
            throw new InvalidDesignException(List.of(new DesignProblem(-1, id, "id", "no element '" + id + "' to remove")));
        }
        if (!children(id).isEmpty()) {
            throw new InvalidDesignException(List.of(new DesignProblem(index, id, "parent",
                    "'" + byId.get(id).name() + "' still contains " + children(id).size() + " element(s)")));
        }
        var list = new ArrayList<>(elements);
        list.remove(index);
        return of(name, description, list, scenarios).withValidation(validation);
    }

    /** A design with the element of the same id replaced by this one. */
    public Design withReplaced(Element replacement) {
        int index = indexOf(replacement.id());
        if (index < 0) {
            throw new InvalidDesignException(List.of(new DesignProblem(-1, replacement.id(), "id",
                    "no element '" + replacement.id() + "' to change")));
        }
        var list = new ArrayList<>(elements);
        list.set(index, replacement);
        return of(name, description, list, scenarios).withValidation(validation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Design other && name.equals(other.name) && description.equals(other.description)
                && elements.equals(other.elements) && scenarios.equals(other.scenarios)
                && validation.equals(other.validation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, elements, scenarios, validation);
    }

    @Override
    public String toString() {
        return "Design[" + name + ", " + elements.size() + " elements]";
    }
}
