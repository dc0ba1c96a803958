package com.balancerstudio.export.terraform;

/**
 * Where a resource lives in the configuration: {@code aws_subnet.public} or, for one instance of a resource that
 * repeats per Availability Zone, {@code aws_subnet.public["us-east-1a"]}.
 */
record Address(String type, String label, String key) {
    public static Address of(String type, String label) {
        return new Address(type, label, null);
    }

    public String render() {
        return type + "." + label + (key == null ? "" : "[" + Hcl.quote(key) + "]");
    }

    public Expr.Ref attr(String attribute) {
        return new Expr.Ref(this, attribute);
    }

    /** The address of the whole resource (all its instances). */
    public Address resource() {
        return new Address(type, label, null);
    }
}
