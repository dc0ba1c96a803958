package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclAttribute;
import com.balancerstudio.importing.hcl.HclBlock;
import com.balancerstudio.importing.hcl.HclBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level blocks of a root module gathered from all its files: variables, locals, provider configurations,
 * resources and data sources. Modules are not followed; that is said in the notes.
 */
final class Configuration {
    final Map<String, HclBlock> variables = new LinkedHashMap<>();
    final Map<String, HclAttribute> locals = new LinkedHashMap<>();
    /** Provider configurations of "aws" by alias; the default one under the empty alias. */
    final Map<String, HclBlock> providers = new LinkedHashMap<>();
    final Map<String, ResourceBlock> resources = new LinkedHashMap<>();
    final Map<String, ResourceBlock> data = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    static Configuration of(Map<String, HclBody> files) throws TerraformImportException {
        var configuration = new Configuration();
        for (var body : files.values()) {
            configuration.add(body);
        }
        return configuration;
    }

    private void add(HclBody body) throws TerraformImportException {
        for (var block : body.blocks()) {
            switch (block.type()) {
                case "variable" -> unique(variables, label(block, 0), block, "variable");
                case "locals" -> {
                    for (var attribute : block.body().attributes()) {
                        var earlier = locals.putIfAbsent(attribute.name(), attribute);
                        if (earlier != null) {
                            throw new TerraformImportException(attribute.position() + ": local value '"
                                    + attribute.name() + "' is also defined at " + earlier.position());
                        }
                    }
                }
                case "provider" -> {
                    if (label(block, 0).equals("aws")) {
                        var alias = block.body().attribute("alias")
                                .map(a -> a.expression().source().replace("\"", "").trim()).orElse("");
                        unique(providers, alias, block, "aws provider configuration");
                    }
                }
                case "resource" -> resource(resources, new ResourceBlock(label(block, 0), label(block, 1), false, block));
                case "data" -> resource(data, new ResourceBlock(label(block, 0), label(block, 1), true, block));
                case "module" -> notes.add(block.position() + ": module '" + label(block, 0)
                        + "' is not followed; the resources it makes are not imported");
                default -> {
                    // terraform, output, moved, import, check and removed blocks describe no infrastructure.
                }
            }
        }
    }

    private static String label(HclBlock block, int index) throws TerraformImportException {
        if (block.labels().size() <= index) {
            throw new TerraformImportException(block.position() + ": a " + block.type() + " block needs "
                    + (index + 1) + " label" + (index == 0 ? "" : "s"));
        }
        return block.labels().get(index);
    }

    private static void unique(Map<String, HclBlock> blocks, String name, HclBlock block, String what)
            throws TerraformImportException {
        var earlier = blocks.putIfAbsent(name, block);
        if (earlier != null) {
            throw new TerraformImportException(block.position() + ": " + what + " '" + name
                    + "' is also declared at " + earlier.position());
        }
    }

    private static void resource(Map<String, ResourceBlock> blocks, ResourceBlock resource)
            throws TerraformImportException {
        var earlier = blocks.putIfAbsent(resource.address(), resource);
        if (earlier != null) {
            throw new TerraformImportException(resource.block().position() + ": " + resource.address()
                    + " is also declared at " + earlier.block().position());
        }
    }

    /** Whether some resource of the configuration has this type (so that {@code TYPE.NAME} is a reference). */
    boolean hasResourceType(String type) {
        return resources.values().stream().anyMatch(r -> r.type().equals(type));
    }

    /** The resources of one type, in the order the files declare them. */
    List<ResourceBlock> resourcesOf(String... types) {
        var list = new ArrayList<ResourceBlock>();
        for (var resource : resources.values()) {
            for (var type : types) {
                if (resource.type().equals(type)) {
                    list.add(resource);
                }
            }
        }
        return list;
    }
}
