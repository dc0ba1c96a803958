package com.balancerstudio.export.drawio;

/** A draw.io export: the file's text, how many shapes it holds (containers and resources) and how many connectors. */
public record DrawioDiagram(String xml, int shapes, int connectors) {
}
