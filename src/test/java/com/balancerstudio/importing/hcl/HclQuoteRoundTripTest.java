package com.balancerstudio.importing.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.Hcl;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text the Terraform export quotes, the reader gives back exactly that text. */
class HclQuoteRoundTripTest {
    private static Object readBack(String quoted) throws HclException {
        var body = HclParser.parse("quoted.tf", "value = " + quoted + "\n");
        return new HclEvaluator(Evaluation.scope(Map.of())).evaluate(body.attribute("value").orElseThrow()
                .expression());
    }

    @Property(tries = 500)
    void anyTextSurvivesQuoting(@ForAll String text) throws HclException {
        assertThat(readBack(Hcl.quote(text))).isEqualTo(text);
    }

    @Property(tries = 1000)
    void textFullOfHclSyntaxSurvivesQuoting(@ForAll("hclSyntax") String text) throws HclException {
        assertThat(readBack(Hcl.quote(text))).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> hclSyntax() {
        return Arbitraries.oneOf(
                Arbitraries.of("$", "{", "}", "%", "~", "\\", "\"", "\n", "\r", "\t", "${", "%{", "$${", "%%{", "#",
                        "//", "/*", "*/", "<<EOT", "EOT", "\u0000", "\u2028", "\uD800", "\uDC00", "é", "\uD83D\uDE00",
                        " ", "a", "u", "\\u0041"),
                Arbitraries.strings().ofMaxLength(3))
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    @Example
    void emptyAndTrickyTexts() throws HclException {
        for (var text : new String[] {"", "$", "$$", "$${", "$$${x}", "%", "%%{", "${var.x}", "%{ if }", "\\u0041"}) {
            assertThat(readBack(Hcl.quote(text))).isEqualTo(text);
        }
    }
}
