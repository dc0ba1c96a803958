package com.balancerstudio.importing.hcl;

import java.util.List;
import java.util.Optional;

/** The attributes and blocks of a file or of a block, each list in source order. */
public record HclBody(List<HclAttribute> attributes, List<HclBlock> blocks) {
    public HclBody {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public Optional<HclAttribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<HclBlock> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
