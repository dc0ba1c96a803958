package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks on a whole exported configuration that need nothing but the JDK. */
final class TerraformTexts {
    private static final Pattern RESOURCE = Pattern.compile("(resource|data) \"([a-z0-9_]+)\" \"([a-z0-9_]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("variable \"([a-z0-9_]+)\"");

    private TerraformTexts() {
    }

    /** Every file scans as HCL, and every resource, data source and variable it refers to is declared. */
    static void assertWellFormed(TerraformConfig config) {
        var declared = new HashSet<String>();
        config.files().forEach((name, text) -> {
            for (var block : HclScanner.scan(text).topLevelBlocks()) {
                var resource = RESOURCE.matcher(block);
                var variable = VARIABLE.matcher(block);
                if (resource.matches()) {
                    var address = (resource.group(1).equals("data") ? "data." : "") + resource.group(2) + "."
                            + resource.group(3);
                    assertThat(declared.add(address)).as(name + ": " + address + " declared twice").isTrue();
                } else if (variable.matches()) {
                    declared.add("var." + variable.group(1));
                } else {
                    assertThat(block).as(name).matches("terraform|provider \"aws\"|output \"[a-z0-9_]+\"");
                }
            }
        });
        config.files().forEach((name, text) -> {
            for (var reference : HclScanner.scan(text).references()) {
                assertThat(declared).as(name + " refers to " + reference).contains(reference);
            }
        });
    }

    static String all(TerraformConfig config) {
        return String.join("\n", config.files().values());
    }

    /** The top-level block headers of every file without their labels: what a configuration is made of. */
    static Set<String> shape(TerraformConfig config) {
        var shape = new java.util.TreeSet<String>();
        config.files().forEach((name, text) -> {
            int n = 0;
            for (var block : HclScanner.scan(text).topLevelBlocks()) {
                shape.add(name + "#" + n++ + " " + block.replaceAll("^(resource|data)( \"[a-z0-9_]+\").*$", "$1$2").replaceAll("^(variable|output) .*", "$1"));
            }
        });
        return shape;
    }
}
