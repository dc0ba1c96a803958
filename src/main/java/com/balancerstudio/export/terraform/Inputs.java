package com.balancerstudio.export.terraform;

import java.util.LinkedHashMap;
import java.util.Map;

/** The input variables of the configuration, declared once each, in the order they are first needed. */
final class Inputs {
    /** One variable: its type and description, and a default value or null when it must be given. */
    record Variable(String name, String type, String description, Expr defaultValue) {
    }

    private final Map<String, Variable> variables = new LinkedHashMap<>();

    /** Declares the variable unless it is already declared, and returns the reference to it. */
    Expr declare(String name, String type, String description, Expr defaultValue) {
        variables.putIfAbsent(name, new Variable(name, type, description, defaultValue));
        return Expr.raw("var." + name);
    }

    Iterable<Variable> all() {
        return variables.values();
    }
}
