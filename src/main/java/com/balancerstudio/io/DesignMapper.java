package com.balancerstudio.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Rect;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the design file: Terraform-style snake_case names, strict reading (unknown
 * properties, duplicate keys, fractions for whole numbers and trailing content are errors), no default typing,
 * bounded nesting and string sizes, and stable pretty-printed output.
 */
final class DesignMapper {
    /** Deeper than any real design needs (elements sit at depth 3, their deepest settings below 10). */
    static final int MAX_NESTING_DEPTH = 64;
    /** The longest text value: descriptions and names are short; a million characters is not a design. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** The most digits (and sign, point and exponent) of one number: a double needs about 25. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** The longest property name: the format's longest is about 40 characters. */
    static final int MAX_NAME_LENGTH = 1_000;

    private DesignMapper() {
    }

    private static JsonInclude.Value omitWhen(Class<?> filter) {
        return JsonInclude.Value.construct(JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, filter, null);
    }

    /** Jackson's value filter: equal (so left out) to absent bounds or bounds that are all zero. */
    static final class NoBounds {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Rect r && r.x() == 0 && r.y() == 0 && r.width() == 0 && r.height() == 0;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Jackson's value filter: equal (so left out) to an absent health check or one with nothing set. */
    static final class DefaultHealthCheck {
        @Override
        public boolean equals(Object value) {
            return value == null || HealthCheck.DEFAULTS.equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Two-space indent, "key": value, one array entry per line, and \n line ends on every platform. */
    private static DefaultPrettyPrinter printer() {
        var indenter = new DefaultIndenter("  ", "\n");
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    static ObjectMapper create() {
        var factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(DesignFile.MAX_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                // Only record components are properties: helper methods such as isPublic() are not written.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                // Listeners and rules are not drawn and health checks often keep every AWS default: leave them out.
                .withConfigOverride(Rect.class, o -> o.setInclude(omitWhen(NoBounds.class)))
                .withConfigOverride(HealthCheck.class, o -> o.setInclude(omitWhen(DefaultHealthCheck.class)))
                // A number or true/false where text is expected is a mistake, not something to convert silently.
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("empty text is absent")
                        .addDeserializer(String.class, new EmptyTextIsAbsent()))
                .defaultPrettyPrinter(printer())
                .build();
    }
}
