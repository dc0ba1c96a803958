package com.balancerstudio.importing.hcl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the file holds, reading and evaluating it ends with a value or an HclException, never a crash. */
class HclHostileInputTest {
    @Provide
    Arbitrary<String> hclLikeText() {
        return Arbitraries.of("a", "b", "=", " ", "\n", "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "}", "~",
                        "if", "for", "in", "endif", "endfor", "else", ":", "?", ",", ".", "*", "...", "=>", "+", "-",
                        "/", "%", "!", "==", "&&", "1", "2.5e3", ".0", "<<EOT\n", "<<-EOT\n", "EOT", "\n  ", "#",
                        "//", "/*", "*/", "\\", "\\u00", "null", "true", "merge(", "range(", "flatten(", "[*]",
                        "try(", "format(\"%d\",", "cidrsubnet(\"10.0.0.0/16\",", "\r", "é", "\uD800")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void readingAnyTextEndsInAValueOrAnHclException(@ForAll("hclLikeText") String text) {
        readAndEvaluate("a = " + text);
        readAndEvaluate(text);
    }

    private static void readAndEvaluate(String text) {
        try {
            var body = HclParser.parse("fuzz.tf", text);
            var evaluator = new HclEvaluator(Evaluation.scope(Map.of("a", "x", "b", java.util.List.of())));
            for (var attribute : body.attributes()) {
                try {
                    evaluator.evaluate(attribute.expression());
                } catch (HclException expected) {
                    // A clear refusal is a correct answer for nonsense.
                }
            }
        } catch (HclException expected) {
            // Same for text that does not parse.
        }
    }

    @Example
    void theReaderUsesNoOtherPartOfTheProject() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.balancerstudio.importing.hcl");
        classes().that().resideInAPackage("com.balancerstudio.importing.hcl..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.balancerstudio.importing.hcl..",
                        "java.lang..", "java.util..", "java.math..")
                .check(classes);
    }
}
