package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;

/** The name an imported element gets: its Name tag, else its name argument, else its resource name and key. */
final class Names {
    private Names() {
    }

    static String of(Arguments arguments, ResourceInstance instance) throws HclException {
        var tag = arguments.nameTag();
        if (tag != null) {
            return tag;
        }
        var value = arguments.value("name");
        if (value instanceof String name && !name.isBlank()) {
            return name;
        }
        var label = instance.resource().name().replace('_', ' ');
        return instance.key() == null ? label : label + " " + instance.key();
    }
}
