package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HclTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain", "say \"hi\"", "back\\slash", "${var.secret}", "%{ if true }x%{ endif }",
        "two\nlines", "cr\rtab\t", "bell\u0007 del\u007f", "$${already}", "%%{already}", "$$${x}", "ends with $",
        "ends with %", "line\u2028separator", "emoji 😀 é", "\\\"${\n"})
    void anyTextReadsBackAsItselfAndNeverAsATemplate(String text) {
        var quoted = Hcl.quote(text);
        var scan = HclScanner.scan("x = " + quoted + "\n");

        assertThat(scan.strings()).containsExactly(text);
        assertThat(scan.interpolations()).isZero();
        assertThat(scan.directives()).isZero();
        assertThat(quoted).doesNotContain("\n").doesNotContain("\r").startsWith("\"").endsWith("\"");
    }

    @Test
    void templateMarkersAreDoubledAndOtherDollarsLeftAlone() {
        assertThat(Hcl.quote("${a} %{b} $c %d $Latest")).isEqualTo("\"$${a} %%{b} $c %d $Latest\"");
    }

    @Test
    void aLoneSurrogateIsEscapedRatherThanWrittenAsBrokenUtf8() {
        assertThat(Hcl.quote("a\ud800b")).isEqualTo("\"a\\uD800b\"");
    }

    @Test
    void identifiersAreLowerCaseWordsJoinedByUnderscores() {
        assertThat(Hcl.identifier("Web ALB (prod)", "lb")).isEqualTo("web_alb_prod");
        assertThat(Hcl.identifier("x\" } resource \"y", "lb")).isEqualTo("x_resource_y");
        assertThat(Hcl.identifier("443 listener", "listener")).isEqualTo("listener_443_listener");
        assertThat(Hcl.identifier("日本", "lb")).isEqualTo("lb");
        assertThat(Hcl.identifier("a".repeat(100), "lb")).hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void labelsStayUniquePerResourceType() {
        var labels = new Labels();
        assertThat(labels.take("aws_subnet", "public a", "subnet")).isEqualTo("public_a");
        assertThat(labels.take("aws_subnet", "public-a", "subnet")).isEqualTo("public_a_2");
        assertThat(labels.take("aws_vpc", "public-a", "vpc")).isEqualTo("public_a");
    }
}
