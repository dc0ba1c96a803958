package com.balancerstudio.importing.terraform;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One instance of a resource: the only one, or one per key of its {@code for_each} (a string) or per index of its
 * {@code count} (a number), with the {@code each.value} it was made with.
 */
final class ResourceInstance {
    private final ResourceBlock resource;
    private final Object key;
    private final Object eachValue;

    ResourceInstance(ResourceBlock resource, Object key, Object eachValue) {
        this.resource = resource;
        this.key = key;
        this.eachValue = eachValue;
    }

    ResourceBlock resource() {
        return resource;
    }

    /** Null for a single instance, a String for for_each, a BigDecimal index for count. */
    Object key() {
        return key;
    }

    Object eachValue() {
        return eachValue;
    }

    String type() {
        return resource.type();
    }

    /** The address as Terraform writes it: {@code aws_subnet.public["us-east-1a"]} or {@code aws_instance.web[0]}. */
    String address() {
        if (key == null) {
            return resource.address();
        }
        return resource.address() + (key instanceof BigDecimal ? "[" + key + "]" : "[\"" + key + "\"]");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceInstance other && other.resource.address().equals(resource.address())
                && Objects.equals(other.key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resource.address(), key);
    }

    @Override
    public String toString() {
        return address();
    }
}
