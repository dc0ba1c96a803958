package com.balancerstudio.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads an empty text property as an absent one. The file format leaves empty texts out when it writes, so a property
 * written as "" must mean what its absence means (the AWS default, or none); otherwise a file would change on its
 * first save. Texts inside lists are kept as they are.
 */
final class EmptyTextIsAbsent extends StdScalarDeserializer<String> {
    EmptyTextIsAbsent() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        var text = StringDeserializer.instance.deserialize(parser, context);
        boolean property = parser.getParsingContext().inObject();
        return property && text != null && text.isEmpty() ? null : text;
    }
}
