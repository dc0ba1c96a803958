package com.balancerstudio.importing.terraform;

/** What {@code aws_vpc.main.id} evaluates to: an attribute AWS assigns to a resource instance when it is created. */
record AttributeRef(ResourceInstance instance, String attribute) {
    @Override
    public String toString() {
        return instance.address() + "." + attribute;
    }
}
