package com.balancerstudio.importing.hcl;

import java.util.List;

/** One block such as {@code resource "aws_vpc" "main" { ... }}; the position is that of the type name. */
public record HclBlock(String type, List<String> labels, HclBody body, SourcePosition position) {
    public HclBlock {
        labels = List.copyOf(labels);
    }
}
