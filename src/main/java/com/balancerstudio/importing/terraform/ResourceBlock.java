package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclBlock;

/** A {@code resource} or {@code data} block of the configuration, by its type and name. */
record ResourceBlock(String type, String name, boolean data, HclBlock block) {
    /** The address as Terraform writes it: {@code aws_vpc.main} or {@code data.aws_route53_zone.main}. */
    String address() {
        return (data ? "data." : "") + type + "." + name;
    }

    /** The alias of the aws provider its {@code provider} meta-argument names ({@code aws.west} gives "west"), or "". */
    String providerAlias() {
        return block.body().attribute("provider")
                .map(p -> p.expression().source().trim().replaceFirst("^aws\\.?", "")).orElse("");
    }
}
