package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclEvaluator;
import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.importing.hcl.HclExpression;
import com.balancerstudio.importing.hcl.HclTraversable;
import com.balancerstudio.importing.hcl.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's meaning of names in a root module: {@code var.X} is the variable's default, {@code local.X} the local
 * value, {@code TYPE.NAME} the resource (a map of instances under for_each, a list under count), {@code data.TYPE.NAME}
 * the data source. Resources are expanded into their instances here; values are computed once.
 */
final class Evaluation {
    private final Configuration configuration;
    private final Map<String, Object> localValues = new HashMap<>();
    private final Map<String, Object> variableValues = new HashMap<>();
    private final Map<String, List<ResourceInstance>> instances = new HashMap<>();
    /**
     * The longest chain of named values computed one inside the other: each link costs stack, and real
     * configurations chain a handful.
     */
    static final int MAX_CHAIN = 100;

    private final Set<String> resolving = new HashSet<>();
    /** The evaluations under way, innermost first. */
    private final java.util.Deque<HclEvaluator> active = new java.util.ArrayDeque<>();
    /** What was assumed while evaluating, for the import's notes. */
    final List<String> notes = new ArrayList<>();

    Evaluation(Configuration configuration) {
        this.configuration = configuration;
    }

    Configuration configuration() {
        return configuration;
    }

    /** Evaluates an expression at the top of the module (no each, count or iterator names). */
    Object evaluate(HclExpression expression) throws HclException {
        return evaluate(expression, Map.of());
    }

    /** Evaluates an expression with extra names bound ({@code each}, {@code count}, a dynamic block's iterator). */
    Object evaluate(HclExpression expression, Map<String, Object> bindings) throws HclException {
        // A value referred to is evaluated inside the evaluation that refers to it: its depth counts on.
        var evaluator = new HclEvaluator((name, position) -> name(name, position, bindings),
                active.isEmpty() ? 0 : active.peek().depth());
        active.push(evaluator);
        try {
            return evaluator.evaluate(expression);
        } finally {
            active.pop();
        }
    }

    private Object name(String name, SourcePosition position, Map<String, Object> bindings) throws HclException {
        if (bindings.containsKey(name)) {
            return bindings.get(name);
        }
        switch (name) {
            case "var":
                return new Names("var", this::variable);
            case "local":
                return new Names("local", this::local);
            case "data":
                return new Names("data", (type, p) -> new Names("data." + type, (label, q) -> {
                    var source = configuration.data.get("data." + type + "." + label);
                    return type.equals("aws_availability_zones") && source != null ? zonesOf(source, q)
                            : resource(source, "data." + type + "." + label, q);
                }));
            case "each":
            case "count":
                throw new HclException(position, "'" + name + "' is only known inside a resource that sets "
                        + (name.equals("each") ? "for_each" : "count"));
            default:
                if (configuration.hasResourceType(name)) {
                    return new Names(name, (label, p) -> resource(configuration.resources.get(name + "." + label),
                            name + "." + label, p));
                }
                throw new HclException(position, "'" + name + "' is not a variable, local value, resource or data "
                        + "source of this configuration" + (name.equals("module") ? " (modules are not followed)" : ""));
        }
    }

    /**
     * What {@code data.aws_availability_zones.NAME} gives: AWS answers when Terraform runs, so the first three zones
     * of the provider's Region are assumed (and said in the notes).
     */
    private Object zonesOf(ResourceBlock source, SourcePosition position) throws HclException {
        var alias = source.providerAlias();
        var code = providerRegion(alias);
        if (code == null) {
            throw new HclException(position, source.address() + ": the provider names no Region, so its zones are unknown");
        }
        var names = List.<Object>of(code + "a", code + "b", code + "c");
        var note = position.file() + ": " + source.address() + " is answered by AWS when Terraform runs; the zones "
                + String.join(", ", names.stream().map(Object::toString).toList()) + " are assumed";
        if (!notes.contains(note)) {
            notes.add(note);
        }
        return Map.of("names", names, "id", source.address());
    }

    /** The Region code of the aws provider configuration with this alias ("" for the default), or null when unnamed. */
    String providerRegion(String alias) throws HclException {
        var block = configuration.providers.get(alias);
        if (block == null || block.body().attribute("region").isEmpty()) {
            return null;
        }
        var attribute = block.body().attribute("region").get();
        var value = evaluate(attribute.expression());
        if (!(value instanceof String code) || !code.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new HclException(attribute.position(), "the provider's region is " + Values.describe(value)
                    + ", not a Region code such as us-east-1");
        }
        return code;
    }

    private Object variable(String name, SourcePosition position) throws HclException {
        if (variableValues.containsKey(name)) {
            return variableValues.get(name);
        }
        var block = configuration.variables.get(name);
        if (block == null) {
            throw new HclException(position, "no variable '" + name + "' is declared");
        }
        var description = block.body().attribute("description");
        var defaultValue = block.body().attribute("default");
        Object value;
        if (defaultValue.isPresent()) {
            value = guarded("var." + name, position, () -> evaluate(defaultValue.get().expression()));
        } else {
            var text = description.isPresent() ? evaluate(description.get().expression()) : null;
            value = new VariableRef(name, text instanceof String s ? s : "");
        }
        variableValues.put(name, value);
        return value;
    }

    private Object local(String name, SourcePosition position) throws HclException {
        if (localValues.containsKey(name)) {
            return localValues.get(name);
        }
        var attribute = configuration.locals.get(name);
        if (attribute == null) {
            throw new HclException(position, "no local value '" + name + "' is defined");
        }
        var value = guarded("local." + name, position, () -> evaluate(attribute.expression()));
        localValues.put(name, value);
        return value;
    }

    /** The value a reference to a whole resource has: one instance, a map of them (for_each) or a list (count). */
    private Object resource(ResourceBlock resource, String address, SourcePosition position) throws HclException {
        if (resource == null) {
            throw new HclException(position, address + " is not declared in this configuration");
        }
        var list = instancesOf(resource);
        var body = resource.block().body();
        if (body.attribute("for_each").isPresent()) {
            var map = new LinkedHashMap<String, Object>();
            list.forEach(i -> map.put((String) i.key(), new InstanceValue(this, i)));
            return Collections.unmodifiableMap(map);
        }
        if (body.attribute("count").isPresent()) {
            return list.stream().<Object>map(i -> new InstanceValue(this, i)).toList();
        }
        return new InstanceValue(this, list.get(0));
    }

    /** The instances of a resource, from its for_each or count (one instance when it has neither). */
    List<ResourceInstance> instancesOf(ResourceBlock resource) throws HclException {
        var known = instances.get(resource.address());
        if (known != null) {
            return known;
        }
        var body = resource.block().body();
        var forEach = body.attribute("for_each");
        var count = body.attribute("count");
        var list = new ArrayList<ResourceInstance>();
        if (forEach.isPresent()) {
            var value = guarded(resource.address() + ".for_each", forEach.get().position(),
                    () -> evaluate(forEach.get().expression()));
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, each) -> list.add(new ResourceInstance(resource, String.valueOf(key), each)));
            } else if (value instanceof List<?> items) {
                for (var item : items) {
                    if (!(item instanceof String key)) {
                        throw new HclException(forEach.get().position(), "for_each over a set needs strings, not "
                                + Values.describe(item));
                    }
                    list.add(new ResourceInstance(resource, key, key));
                }
            } else {
                throw new HclException(forEach.get().position(), "for_each needs a map or a set of strings, not "
                        + Values.describe(value));
            }
        } else if (count.isPresent()) {
            var value = guarded(resource.address() + ".count", count.get().position(),
                    () -> evaluate(count.get().expression()));
            int n = Values.wholeNumber(value, count.get().position(), "count", 0, 10_000);
            for (int i = 0; i < n; i++) {
                list.add(new ResourceInstance(resource, BigDecimal.valueOf(i), null));
            }
        } else {
            list.add(new ResourceInstance(resource, null, null));
        }
        instances.put(resource.address(), List.copyOf(list));
        return instances.get(resource.address());
    }

    /** The names {@code each} or {@code count} stand for inside the instance's own arguments. */
    static Map<String, Object> bindingsOf(ResourceInstance instance) {
        if (instance.key() == null) {
            return Map.of();
        }
        var map = new LinkedHashMap<String, Object>();
        if (instance.key() instanceof BigDecimal index) {
            map.put("index", index);
            return Map.of("count", Collections.unmodifiableMap(map));
        }
        map.put("key", instance.key());
        map.put("value", instance.eachValue());
        return Map.of("each", Collections.unmodifiableMap(map));
    }

    /** What evaluating a named value does; it may refer to others, and a cycle among them is an error. */
    interface Computation {
        Object compute() throws HclException;
    }

    Object guarded(String what, SourcePosition position, Computation computation) throws HclException {
        if (resolving.size() >= MAX_CHAIN) {
            throw new HclException(position, what + " is reached through a chain of more than " + MAX_CHAIN
                    + " named values (locals, variables, resources), each nested in the next; a Terraform"
                    + " configuration never needs that many");
        }
        if (!resolving.add(what)) {
            throw new HclException(position, what + " refers to itself (a cycle)");
        }
        try {
            return computation.compute();
        } finally {
            resolving.remove(what);
        }
    }

    /** A name whose attributes are looked up: {@code var}, {@code local}, {@code data.TYPE}, a resource type. */
    private record Names(String prefix, Lookup lookup) implements HclTraversable {
        @Override
        public Object attribute(String name, SourcePosition position) throws HclException {
            return lookup.find(name, position);
        }

        @Override
        public Object index(Object key, SourcePosition position) throws HclException {
            throw new HclException(position, "'" + prefix + "' cannot be indexed; write " + prefix + ".NAME");
        }
    }

    private interface Lookup {
        Object find(String name, SourcePosition position) throws HclException;
    }
}
