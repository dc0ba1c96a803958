package com.balancerstudio.importing.hcl;

import static com.balancerstudio.importing.hcl.Evaluation.eval;
import static com.balancerstudio.importing.hcl.Evaluation.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclTemplateTest {
    @Test
    void quotedStringsUnderstandEveryEscape() throws HclException {
        assertThat(eval("\"a\\nb\\rc\\td\\\"e\\\\f\"")).isEqualTo("a\nb\rc\td\"e\\f");
        assertThat(eval("\"\\u00e9\\U0001F600\"")).isEqualTo("é\uD83D\uDE00");
        assertThat(eval("\"$${literal} %%{literal} $ % $$ {\"")).isEqualTo("${literal} %{literal} $ % $$ {");
        assertThat(failure("\"\\u12\"").reason()).isEqualTo("\\u must be followed by 4 hexadecimal digits");
    }

    @Test
    void interpolationsAndDirectivesBuildText() throws HclException {
        var names = Map.<String, Object>of("name", "web", "n", new BigDecimal("2"), "on", true,
                "items", List.of("a", "b"));
        assertThat(eval("\"${name}-${n}-${on}\"", names)).isEqualTo("web-2-true");
        assertThat(eval("\"${n}\"", names)).isEqualTo(new BigDecimal("2"));
        assertThat(eval("\"%{ if on }yes%{ else }no%{ endif }\"", names)).isEqualTo("yes");
        assertThat(eval("\"%{ if !on }yes%{ endif }\"", names)).isEqualTo("");
        assertThat(eval("\"%{ for i, x in items }${i}=${x};%{ endfor }\"", names)).isEqualTo("0=a;1=b;");
        assertThat(eval("\"a ${~ name ~} b\"", names)).isEqualTo("awebb");
        assertThat(eval("<<EOT\n%{ for x in items ~}\n- ${x}\n%{ endfor ~}\nEOT\n", names)).isEqualTo("- a\n- b\n");
        assertThat(failure("\"${null}\"x\"").reason()).contains("expected a new line");
        assertThat(failure("\"x${null}\"").reason()).isEqualTo("`null` is null, which cannot be put into a string template");
        assertThat(failure("\"%{ endif }\"").reason()).isEqualTo("%{ endif } without a matching %{ if }");
    }

    @Test
    void heredocsKeepTheirTextAndStripIndentationWhenAsked() throws HclException {
        assertThat(eval("<<EOT\n  Foo\n    Bar\nEOT\n")).isEqualTo("  Foo\n    Bar\n");
        assertThat(eval("<<-EOT\n    Foo\n      Bar\n\n    Baz\n    EOT\n")).isEqualTo("Foo\n  Bar\n\nBaz\n");
        assertThat(eval("<<-EOT\n    ${1}\n      Bar\n  EOT\n")).isEqualTo("1\n  Bar\n");
        assertThat(eval("<<-EOT\n  Foo\n${\"x\"}\n  EOT\n")).isEqualTo("  Foo\nx\n");
        assertThat(eval("<<EOT\nEOT\n")).isEqualTo("");
        assertThat(eval("<<EOT\n  NOT EOT\n  EOT\n")).isEqualTo("  NOT EOT\n");
        assertThat(eval("<<EOT\nback\\slash \"quoted\" $${x}\nEOT\n")).isEqualTo("back\\slash \"quoted\" ${x}\n");
    }

    @Test
    void aHeredocEndsItsAttribute() throws HclException {
        var body = HclParser.parse("main.tf", "a = <<EOT\nline\nEOT\nb = 2\n");

        assertThat(body.attributes()).extracting(HclAttribute::name).containsExactly("a", "b");
        assertThat(body.attribute("b").orElseThrow().position()).hasToString("main.tf:4:1");
    }

    @Test
    void templatesNestInsideInterpolations() throws HclException {
        assertThat(eval("\"a${\"b${\"c\"}\"}\"")).isEqualTo("abc");
        assertThat(eval("\"${ true ? \"}\" : \"{\" }\"")).isEqualTo("}");
        assertThat(eval("<<-EOT\n  %{~ if true ~}\n  yes\n  %{~ else ~}\n  no\n  %{~ endif ~}\n  EOT\n")).isEqualTo("yes");
    }
}
