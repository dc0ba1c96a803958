package com.balancerstudio.typingexamples;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * What the default-typing rules forbid, written out so the test can show each rule finds it: a mapper that takes Java
 * class names from its input, and a type whose subtypes are named by class in the file.
 */
final class PolymorphicByClassName {
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    Object anything;

    @JsonTypeInfo(use = JsonTypeInfo.Id.MINIMAL_CLASS)
    interface Shape {
    }

    private PolymorphicByClassName() {
    }

    static ObjectMapper trustingMapper() {
        return new ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder().build());
    }

    @SuppressWarnings("deprecation")
    static ObjectMapper oldTrustingMapper() {
        return new ObjectMapper().enableDefaultTyping();
    }
}
