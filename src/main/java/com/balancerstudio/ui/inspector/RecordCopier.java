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
