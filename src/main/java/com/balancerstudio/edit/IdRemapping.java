package com.balancerstudio.edit;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites every element id an element holds (its own, its container's, and those inside its references, however
 * deeply nested in records and lists) through a mapping, leaving ids the mapping does not name as they are. Elements
 * and their parts are records, so one walk over record components covers every kind without a case per kind.
 */
final class IdRemapping {
    private final Map<ElementId, ElementId> mapping;

    IdRemapping(Map<ElementId, ElementId> mapping) {
        this.mapping = Map.copyOf(mapping);
    }

    Element apply(Element element) {
        return (Element) remap(element);
    }

    private Object remap(Object value) {
        if (value instanceof ElementId id) {
            return mapping.getOrDefault(id, id);
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>(list.size());
            for (var item : list) {
                copy.add(remap(item));
            }
            return copy;
        }
        if (value instanceof Record record) {
            return remapRecord(record);
        }
        return value;
    }

    private Object remapRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                var before = components[i].getAccessor().invoke(record);
                values[i] = remap(before);
                changed |= values[i] != before && !values[i].equals(before);
            }
            if (!changed) {
                return record;
            }
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new EditRefusedException("cannot copy " + record.getClass().getSimpleName() + ": "
                    + e.getCause().getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }
}
