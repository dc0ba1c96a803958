package com.balancerstudio.export.terraform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Terraform root configuration made from a design: file names (plain names, no folders) with their text, and
 * what the design has that the configuration does not express.
 */
public record TerraformConfig(Map<String, String> files, List<NotExpressed> notExpressed) {
    public TerraformConfig {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        notExpressed = List.copyOf(notExpressed);
    }
}
