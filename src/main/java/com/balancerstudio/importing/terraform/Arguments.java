package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclBody;
import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.importing.hcl.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments and nested blocks of one resource instance (or of one nested block of it), evaluated with the
 * instance's {@code each}/{@code count} and the iterators of the dynamic blocks around it, read as design values.
 */
final class Arguments {
    private final Evaluation evaluation;
    private final HclBody body;
    private final Map<String, Object> bindings;
    private final SourcePosition position;

    private Arguments(Evaluation evaluation, HclBody body, Map<String, Object> bindings, SourcePosition position) {
        this.evaluation = evaluation;
        this.body = body;
        this.bindings = bindings;
        this.position = position;
    }

    static Arguments of(Evaluation evaluation, ResourceInstance instance) {
        var block = instance.resource().block();
        return new Arguments(evaluation, block.body(), Evaluation.bindingsOf(instance), block.position());
    }

    SourcePosition position() {
        return position;
    }

    boolean has(String name) {
        return body.attribute(name).isPresent();
    }

    /** Where the argument is written, or where the block starts when it is not. */
    SourcePosition positionOf(String name) {
        return body.attribute(name).map(a -> a.position()).orElse(position);
    }

    /** The evaluated argument, or null when it is not set. */
    Object value(String name) throws HclException {
        var attribute = body.attribute(name);
        if (attribute.isEmpty()) {
            return null;
        }
        return evaluation.evaluate(attribute.get().expression(), bindings);
    }

    String text(String name) throws HclException {
        return Values.text(value(name), positionOf(name), name);
    }

    String requiredText(String name) throws HclException {
        var text = text(name);
        if (text == null || text.isBlank()) {
            throw new HclException(position, name + " is required here");
        }
        return text;
    }

    Integer integer(String name) throws HclException {
        return Values.integer(value(name), positionOf(name), name);
    }

    Double number(String name) throws HclException {
        return Values.number(value(name), positionOf(name), name);
    }

    Boolean bool(String name) throws HclException {
        return Values.bool(value(name), positionOf(name), name);
    }

    boolean bool(String name, boolean otherwise) throws HclException {
        var value = bool(name);
        return value == null ? otherwise : value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) throws HclException {
        return Values.enumValue(type, text(name), positionOf(name), name);
    }

    /** A list argument (a single value counts as a list of one; null as an empty list). */
    List<Object> list(String name) throws HclException {
        var value = value(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return new ArrayList<>(items);
        }
        return List.of(value);
    }

    List<String> texts(String name) throws HclException {
        var texts = new ArrayList<String>();
        for (var item : list(name)) {
            texts.add(Values.text(item, positionOf(name), name));
        }
        return texts;
    }

    /** The Name tag, or null. */
    String nameTag() throws HclException {
        var tags = value("tags");
        return tags instanceof Map<?, ?> map && map.get("Name") instanceof String name && !name.isBlank() ? name : null;
    }

    /** The nested blocks of a type: the ones written out and the ones a {@code dynamic} block makes. */
    List<Arguments> blocks(String type) throws HclException {
        var list = new ArrayList<Arguments>();
        for (var block : body.blocks()) {
            if (block.type().equals(type)) {
                list.add(new Arguments(evaluation, block.body(), bindings, block.position()));
            } else if (block.type().equals("dynamic") && block.labels().equals(List.of(type))) {
                var dynamic = new Arguments(evaluation, block.body(), bindings, block.position());
                var iterator = dynamic.has("iterator") ? block.body().attribute("iterator").get().expression().source().trim() : type;
                var contents = block.body().blocks("content");
                if (contents.size() != 1) {
                    throw new HclException(block.position(), "a dynamic block needs one content block");
                }
                var collection = dynamic.value("for_each");
                for (var entry : entries(collection, dynamic.positionOf("for_each")).entrySet()) {
                    var element = new LinkedHashMap<String, Object>();
                    element.put("key", entry.getKey());
                    element.put("value", entry.getValue());
                    var inner = new HashMap<>(bindings);
                    inner.put(iterator, Collections.unmodifiableMap(element));
                    list.add(new Arguments(evaluation, contents.get(0).body(), Map.copyOf(inner), contents.get(0).position()));
                }
            }
        }
        return list;
    }

    /** The first nested block of a type, or null. */
    Arguments block(String type) throws HclException {
        var blocks = blocks(type);
        return blocks.isEmpty() ? null : blocks.get(0);
    }

    private static Map<Object, Object> entries(Object collection, SourcePosition position) throws HclException {
        var entries = new LinkedHashMap<Object, Object>();
        if (collection instanceof Map<?, ?> map) {
            map.forEach(entries::put);
        } else if (collection instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                entries.put(item instanceof String ? item : BigDecimal.valueOf(i), item);
            }
        } else if (collection != null) {
            throw new HclException(position, "a dynamic block needs a map or list to repeat over, not "
                    + Values.describe(collection));
        }
        return entries;
    }
}
