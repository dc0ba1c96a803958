package com.balancerstudio.importing.hcl;

/** A place in an HCL file: line and column both count from 1, columns in characters. */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
