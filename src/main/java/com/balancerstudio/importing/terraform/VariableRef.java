package com.balancerstudio.importing.terraform;

/**
 * What {@code var.NAME} evaluates to when the variable has no default: a value given only when Terraform runs, known
 * here by its name and description.
 */
record VariableRef(String name, String description) {
    @Override
    public String toString() {
        return "var." + name;
    }
}
