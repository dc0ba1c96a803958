package com.balancerstudio.importing.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclParserTest {
    private static HclException parseFailure(String text) {
        try {
            HclParser.parse("main.tf", text);
            throw new AssertionError("expected a parse error");
        } catch (HclException e) {
            return e;
        }
    }

    @Test
    void readsAttributesAndLabelledBlocksInSourceOrder() throws HclException {
        var body = HclParser.parse("main.tf", """
                # a comment
                region = "us-east-1" // trailing comment
                /* a block
                   comment */
                resource "aws_vpc" "main" {
                  cidr_block = "10.0.0.0/16"

                  tags = {
                    Name = "main"
                  }
                }
                resource aws_subnet a { cidr_block = "10.0.1.0/24" }
                locals {}
                """);

        assertThat(body.attributes()).extracting(HclAttribute::name).containsExactly("region");
        assertThat(body.blocks()).extracting(HclBlock::type).containsExactly("resource", "resource", "locals");
        var vpc = body.blocks("resource").get(0);
        assertThat(vpc.labels()).containsExactly("aws_vpc", "main");
        assertThat(vpc.position()).hasToString("main.tf:5:1");
        assertThat(vpc.body().attribute("cidr_block").orElseThrow().position()).hasToString("main.tf:6:3");
        var subnet = body.blocks("resource").get(1);
        assertThat(subnet.labels()).containsExactly("aws_subnet", "a");
        assertThat(subnet.body().attribute("cidr_block")).isPresent();
        assertThat(body.blocks("locals").get(0).body().attributes()).isEmpty();
        assertThat(body.attribute("missing")).isEmpty();
    }

    @Test
    void keepsTheOriginalTextOfEachExpression() throws HclException {
        var body = HclParser.parse("main.tf", "ami = data.aws_ami.x.id  # latest\nn = 1 +  2\n");

        var ami = body.attribute("ami").orElseThrow().expression();
        assertThat(ami.source()).isEqualTo("data.aws_ami.x.id");
        assertThat(ami.position()).hasToString("main.tf:1:7");
        assertThat(body.attribute("n").orElseThrow().expression().source()).isEqualTo("1 +  2");
    }

    @Test
    void readsReferencesWithoutEvaluatingThem() throws HclException {
        var body = HclParser.parse("main.tf", """
                depends_on = [aws_internet_gateway.gw, "${aws_eip.nat.id}"]
                allocation_id = aws_eip.x[each.key].id
                first = aws_instance.web.0.id
                """);

        var dependsOn = (HclExpression.Tuple) body.attribute("depends_on").orElseThrow().expression();
        var gateway = dependsOn.items().get(0).asTraversal().orElseThrow();
        assertThat(gateway.root()).isEqualTo("aws_internet_gateway");
        assertThat(gateway.steps()).containsExactly(new HclTraversal.AttributeStep("gw"));
        assertThat(dependsOn.items().get(1).asTraversal().orElseThrow().leadingAttributes())
                .containsExactly("nat", "id");

        var allocation = body.attribute("allocation_id").orElseThrow().expression();
        var traversal = allocation.asTraversal().orElseThrow();
        assertThat(traversal.root()).isEqualTo("aws_eip");
        assertThat(traversal.leadingAttributes()).containsExactly("x");
        var key = (HclTraversal.IndexStep) traversal.steps().get(1);
        assertThat(key.key().source()).isEqualTo("each.key");
        assertThat(traversal.steps().get(2)).isEqualTo(new HclTraversal.AttributeStep("id"));
        assertThat(allocation.references()).extracting(HclTraversal::source)
                .containsExactly("aws_eip.x[each.key].id", "each.key");

        var first = body.attribute("first").orElseThrow().expression().asTraversal().orElseThrow();
        assertThat(((HclTraversal.IndexStep) first.steps().get(1)).literalKey()).contains(BigDecimal.ZERO);
    }

    @Test
    void namesBoundByForExpressionsAreNotReferences() throws HclException {
        var expression = Evaluation.expression("{for k, v in var.subnets : k => v.cidr if v.public}");

        assertThat(expression.references()).extracting(HclTraversal::source).containsExactly("var.subnets");
        assertThat(Evaluation.expression("merge(var.tags, {})").asTraversal()).isEmpty();
    }

    @Test
    void aSecondAttributeOfTheSameNameIsAnError() {
        var error = parseFailure("a = 1\nb = 2\na = 3\n");

        assertThat(error.position()).hasToString("main.tf:3:1");
        assertThat(error.reason()).isEqualTo("the attribute 'a' is already set at main.tf:1:1");
        assertThat(error.getMessage()).isEqualTo("main.tf:3:1: the attribute 'a' is already set at main.tf:1:1");
    }

    @Test
    void errorsSayWhereAndWhy() {
        assertThat(parseFailure("resource\n").getMessage())
                .isEqualTo("main.tf:1:9: expected '=' or a block after 'resource', found the end of the line");
        assertThat(parseFailure("x = \"abc\ny = 1\n").getMessage())
                .isEqualTo("main.tf:1:5: unterminated string: it needs a closing '\"' on the same line");
        assertThat(parseFailure("resource \"a\" \"b\" {\n  x = 1\n").getMessage())
                .isEqualTo("main.tf:1:18: this '{' is never closed");
        assertThat(parseFailure("x = <<EOT\nabc\n").getMessage())
                .isEqualTo("main.tf:1:5: unterminated heredoc: no line holding only EOT closes it");
        assertThat(parseFailure("x = [1,\n  2\n  3]\n").getMessage())
                .startsWith("main.tf:3:3: expected ',' or ']' in the list opened at main.tf:1:5");
        assertThat(parseFailure("x = \"a\\qb\"\n").getMessage()).startsWith("main.tf:1:7: unknown escape sequence '\\q'");
        assertThat(parseFailure("x = 1 2\n").getMessage()).isEqualTo("main.tf:1:7: expected a new line, found '2'");
        assertThat(parseFailure("x = \"%{ if true }a\"\n").reason()).isEqualTo("%{ if } has no matching %{ endif }");
        assertThat(parseFailure("/* open").reason()).isEqualTo("unterminated comment: '/*' has no matching '*/'");
        assertThat(parseFailure("resource \"a\" \"${b}\" {}\n").reason())
                .isEqualTo("a block label must be a plain string, without ${ } or %{ }");
    }

    @Test
    void hostileNestingIsRefusedWithoutExhaustingTheStack() {
        for (var text : List.of("x = " + "[".repeat(100_000), "x = " + "(".repeat(100_000) + "1",
                "x = " + "-".repeat(100_000) + "1", "a " + "{\nb ".repeat(100_000),
                "x = \"" + "%{ if true }".repeat(100_000) + "\"", "x = 1" + " + 1".repeat(100_000),
                "x = a" + ".b".repeat(100_000), "x = " + "{a = ".repeat(100_000))) {
            var error = parseFailure(text);
            assertThat(error.reason()).contains("more than 200 levels deep");
        }
    }

    @Test
    void readsObjectsWithEveryKeyAndSeparatorForm() throws HclException {
        var value = Evaluation.eval("""
                {
                  a = 1, "b" : 2
                  (var.key) = 3
                  "${var.key}-x" = 4
                }""", Map.of("var", Map.of("key", "k")));

        assertThat(value).isEqualTo(Map.of("a", BigDecimal.ONE, "b", BigDecimal.valueOf(2),
                "k", BigDecimal.valueOf(3), "k-x", BigDecimal.valueOf(4)));
        assertThatThrownBy(() -> Evaluation.eval("{ a = 1 b = 2 }"))
                .hasMessage("test.tf:1:17: expected ',', a new line or '}' after the value of a, found 'b'");
    }

    @Test
    void theSameTextParsesToEqualExpressions() throws HclException {
        var text = "x = merge(var.tags, { Name = \"a-${1}\" })\n";

        assertThat(HclParser.parse("main.tf", text)).isEqualTo(HclParser.parse("main.tf", text));
        assertThat(HclParser.parse("main.tf", text)).isNotEqualTo(HclParser.parse("other.tf", text));
    }
}
