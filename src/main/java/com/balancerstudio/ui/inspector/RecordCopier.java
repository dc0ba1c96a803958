package com.balancerstudio.ui.inspector;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Copies a record (given as any object, as elements are records behind an interface) with one component changed, through its canonical constructor (so its checks still run). */
public final class RecordCopier {
    private RecordCopier() {
    }

    /**
     * A copy of the record with the named component set to the value. Throws IllegalArgumentException with the
     * record's own message when the constructor refuses the value.
     */
    @SuppressWarnings("unchecked")
    public static <R> R with(R record, String component, Object value) {
        if (!record.getClass().isRecord()) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " is not a record");
        }
        var components = record.getClass().getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals(component)) {
                values[i] = value;
                found = true;
            } else {
                values[i] = read(record, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no property " + component);
        }
        try {
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (R) constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            var cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    /**
     * A new record of the type with its first choice for every enum and nothing set otherwise (AWS defaults), or null
     * when the record refuses such a value (it needs something only the user can give).
     */
    public static <R> R blank(Class<R> type) {
        if (!type.isRecord()) {
            return null;
        }
        var components = type.getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var t = components[i].getType();
            types[i] = t;
            values[i] = t.isEnum() ? t.getEnumConstants()[0] : t == boolean.class ? Boolean.FALSE
                    : t == int.class ? Integer.valueOf(0) : null;
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    /** The value of one component of the record. */
    public static Object read(Object record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    public static Object read(Object record, String component) {
        for (var each : record.getClass().getRecordComponents()) {
            if (each.getName().equals(component)) {
                return read(record, each);
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no property " + component);
    }
}
