package com.balancerstudio.importing.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way HCL nests (brackets, braces, parentheses, calls, templates, operators, blocks) nested ten thousand levels
 * deep is refused at the nesting limit with its place, never a stack overflow.
 */
class HclNestingLimitTest {
    private static final int DEEP = 10_000;

    static java.util.stream.Stream<Arguments> deepText() {
        return java.util.stream.Stream.of(
                Arguments.of("parentheses", "a = " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP)),
                Arguments.of("lists", "a = " + "[".repeat(DEEP) + "]".repeat(DEEP)),
                Arguments.of("objects", "a = " + "{x = ".repeat(DEEP) + "1" + "}".repeat(DEEP)),
                Arguments.of("function calls", "a = " + "max(".repeat(DEEP) + "1" + ")".repeat(DEEP)),
                Arguments.of("negations", "a = " + "!".repeat(DEEP) + "true"),
                Arguments.of("minus signs", "a = " + "-".repeat(DEEP) + "1"),
                Arguments.of("additions", "a = 1" + " + 1".repeat(DEEP)),
                Arguments.of("conditionals", "a = " + "true ? 1 : ".repeat(DEEP) + "2"),
                Arguments.of("interpolations", "a = " + "\"${".repeat(DEEP) + "1" + "}\"".repeat(DEEP)),
                Arguments.of("template ifs", "a = \"" + "%{ if true }".repeat(DEEP) + "x"
                        + "%{ endif }".repeat(DEEP) + "\""),
                Arguments.of("for expressions", "a = " + "[for x in ".repeat(DEEP) + "[]" + " : x]".repeat(DEEP)),
                Arguments.of("blocks", "b {\n".repeat(DEEP) + "}\n".repeat(DEEP)),
                Arguments.of("index chains", "a = b" + "[0]".repeat(DEEP)),
                Arguments.of("attribute chains", "a = b" + ".c".repeat(DEEP)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepText")
    void tenThousandLevelsAreRefusedWithThePlace(String shape, String text) {
        var message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readAndEvaluate(text));

        assertThat(message).as(shape).matches("deep\\.tf:\\d+:\\d+: .* (is|are) nested more than " + Cursor.MAX_DEPTH
                + " levels deep");
    }

    /** The message of the refusal; fails when the text is read and evaluated without one. */
    private static String readAndEvaluate(String text) {
        try {
            var body = HclParser.parse("deep.tf", text);
            var evaluator = new HclEvaluator(Evaluation.scope(java.util.Map.of("b", java.util.List.of())));
            for (var attribute : body.attributes()) {
                evaluator.evaluate(attribute.expression());
            }
        } catch (HclException e) {
            return e.getMessage();
        }
        throw new AssertionError("read and evaluated without a refusal");
    }
}
