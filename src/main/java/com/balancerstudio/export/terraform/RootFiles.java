package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files every configuration has: versions.tf, providers.tf, variables.tf and outputs.tf. */
final class RootFiles {
    /** The AWS provider releases the configuration is written for. */
    static final String PROVIDER_VERSION = "~> 6.25";
    /** The oldest Terraform that reads the configuration as written. */
    static final String TERRAFORM_VERSION = ">= 1.5.0";

    private final ExportContext context;

    RootFiles(ExportContext context) {
        this.context = context;
    }

    List<HclWriter.TopBlock> versions() {
        var aws = new LinkedHashMap<String, Expr>();
        aws.put("source", Expr.str("hashicorp/aws"));
        aws.put("version", Expr.str(PROVIDER_VERSION));
        var body = new Body()
                .str("required_version", TERRAFORM_VERSION)
                .block("required_providers", b -> b.attr("aws", new Expr.Lines(new Expr.ObjectOf(aws))));
        return List.of(new HclWriter.TopBlock("terraform", body));
    }

    List<HclWriter.TopBlock> providers() {
        var blocks = new ArrayList<HclWriter.TopBlock>();
        var providers = context.providers;
        for (var code : providers.regionCodes()) {
            var body = new Body();
            if (providers.several()) {
                body.str("alias", providers.alias(code));
            }
            body.attr("region", providers.regionExpr(code));
            blocks.add(HclWriter.TopBlock.of("provider", List.of("aws"), body));
        }
        return blocks;
    }

    List<HclWriter.TopBlock> variables() {
        var blocks = new ArrayList<HclWriter.TopBlock>();
        var providers = context.providers;
        if (providers.several()) {
            var defaults = new LinkedHashMap<String, Expr>();
            providers.regionCodes().forEach(code -> defaults.put(providers.alias(code), Expr.str(code)));
            blocks.add(variable(new Inputs.Variable("regions", "map(string)",
                    "AWS Region of each provider configuration, by alias", new Expr.Lines(new Expr.ObjectOf(defaults)))));
        } else {
            blocks.add(variable(new Inputs.Variable("region", "string", "AWS Region the resources are created in",
                    Expr.str(providers.regionCodes().get(0)))));
        }
        blocks.add(variable(new Inputs.Variable("tags", "map(string)",
                "Tags added to every resource (each resource also gets its own Name tag)", Expr.raw("{}"))));
        for (var input : context.inputs.all()) {
            blocks.add(variable(input));
        }
        return blocks;
    }

    private static HclWriter.TopBlock variable(Inputs.Variable variable) {
        var body = new Body()
                .str("description", variable.description())
                .attr("type", Expr.raw(variable.type()))
                .attr("default", variable.defaultValue());
        return HclWriter.TopBlock.of("variable", List.of(variable.name()), body);
    }

    List<HclWriter.TopBlock> outputs() {
        var blocks = new ArrayList<HclWriter.TopBlock>();
        for (var output : context.outputs) {
            blocks.add(HclWriter.TopBlock.of("output", List.of(output.name()), new Body()
                    .str("description", output.description())
                    .attr("value", output.value())));
        }
        return blocks;
    }

    /** The four files, by name, leaving out outputs.tf when there is nothing to output. */
    Map<String, List<HclWriter.TopBlock>> all() {
        var files = new LinkedHashMap<String, List<HclWriter.TopBlock>>();
        files.put("versions.tf", versions());
        files.put("providers.tf", providers());
        files.put("variables.tf", variables());
        if (!context.outputs.isEmpty()) {
            files.put("outputs.tf", outputs());
        }
        return files;
    }
}
