package com.balancerstudio.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Finds the line on which each entry of a top-level array ("elements", "scenarios") starts, to point messages at it. */
public final class ElementLines {
    private ElementLines() {
    }

    /** Line numbers by element index; empty when the text cannot be scanned (then messages carry no line). */
    public static List<Integer> of(String json) {
        return of(json, "elements");
    }

    /** Line numbers of the entries of another top-level array (such as "scenarios"), by index. */
    public static List<Integer> of(String json, String arrayName) {
        var lines = new ArrayList<Integer>();
        try (var parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return lines;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var field = parser.currentName();
                var value = parser.nextToken();
                if (arrayName.equals(field) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        lines.add(parser.currentTokenLocation().getLineNr());
                        parser.skipChildren();
                    }
                    return lines;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return List.of();
        }
        return lines;
    }
}
