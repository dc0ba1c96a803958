package com.balancerstudio.importing.hcl;

import static com.balancerstudio.importing.hcl.Evaluation.eval;
import static com.balancerstudio.importing.hcl.Evaluation.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclEvaluatorTest {
    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    /** A resource as the caller would give it: attributes are references that only the caller understands. */
    private record Resource(String address) implements HclTraversable {
        @Override
        public Object attribute(String name, SourcePosition position) throws HclException {
            if (name.equals("foo")) {
                throw new HclException(position, "'" + address + "' has no attribute 'foo'");
            }
            return new Reference(address + "." + name);
        }

        @Override
        public Object index(Object key, SourcePosition position) {
            return new Resource(address + "[\"" + key + "\"]");
        }
    }

    private record Reference(String address) {
    }

    private static final Map<String, Object> NAMES = Map.of(
            "var", Map.of("tags", Map.of("Team", "web"), "zones", List.of("us-east-1a", "us-east-1b"),
                    "count", n("3")),
            "aws_vpc", Map.of("main", new Resource("aws_vpc.main")),
            "aws_eip", Map.of("x", new Resource("aws_eip.x")),
            "each", Map.of("key", "us-east-1a", "value", Map.of("cidr_block", "10.0.0.0/24")));

    @Test
    void literalsAndArithmeticFollowHclPrecedence() throws HclException {
        assertThat(eval("1 + 2 * 3")).isEqualTo(n("7"));
        assertThat(eval("(1 + 2) * 3")).isEqualTo(n("9"));
        assertThat(eval("10 - 4 - 3")).isEqualTo(n("3"));
        assertThat(eval("7 / 2")).isEqualTo(n("3.5"));
        assertThat(eval("7 % 3")).isEqualTo(n("1"));
        assertThat(eval("-2 * -3")).isEqualTo(n("6"));
        assertThat(eval("1.5e3")).isEqualTo(n("1500"));
        assertThat(eval("2.50 == 2.5")).isEqualTo(true);
        assertThat(eval("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4 || !false")).isEqualTo(true);
        assertThat(eval("1 == 1 != false")).isEqualTo(true);
        assertThat(eval("\"5\" + 1")).isEqualTo(n("6"));
        assertThat(eval("null")).isNull();
        assertThat(eval("[1, \"a\", true, null,]")).isEqualTo(java.util.Arrays.asList(n("1"), "a", true, null));
        assertThat(eval("[\n  1,\n  2\n]")).isEqualTo(List.of(n("1"), n("2")));
    }

    @Test
    void conditionalsPickOneBranch() throws HclException {
        assertThat(eval("var.count > 2 ? \"many\" : \"few\"", NAMES)).isEqualTo("many");
        assertThat(eval("false ? 1 : true ? 2 : 3")).isEqualTo(n("2"));
        assertThat(failure("1 ? 2 : 3").reason()).isEqualTo("`1` is a number, not true or false");
    }

    @Test
    void traversalsReadMapsListsAndTheCallersValues() throws HclException {
        assertThat(eval("var.tags.Team", NAMES)).isEqualTo("web");
        assertThat(eval("var.tags[\"Team\"]", NAMES)).isEqualTo("web");
        assertThat(eval("var.zones[1]", NAMES)).isEqualTo("us-east-1b");
        assertThat(eval("var.zones.0", NAMES)).isEqualTo("us-east-1a");
        assertThat(eval("each.value.cidr_block", NAMES)).isEqualTo("10.0.0.0/24");
        assertThat(eval("aws_vpc.main.id", NAMES)).isEqualTo(new Reference("aws_vpc.main.id"));
        assertThat(eval("aws_eip.x[each.key].id", NAMES)).isEqualTo(new Reference("aws_eip.x[\"us-east-1a\"].id"));
    }

    @Test
    void badTraversalsSayWhatIsMissing() {
        assertThat(failure("var.tags.Owner", NAMES).reason()).isEqualTo("no key \"Owner\" in the map `var.tags`");
        assertThat(failure("var.zones[3]", NAMES).reason())
                .isEqualTo("index 3 out of range for a list of 2 in `var.zones[3]`");
        assertThat(failure("aws_vpc.main.foo", NAMES).getMessage())
                .isEqualTo("test.tf:1:9: 'aws_vpc.main' has no attribute 'foo'");
        assertThat(failure("local.x", NAMES).getMessage()).isEqualTo("test.tf:1:9: unknown name 'local'");
        assertThat(failure("var.zones.name", NAMES).reason()).startsWith("`var.zones` is a list: it has no attribute");
    }

    @Test
    void splatsApplyTheRestOfTheTraversalToEveryElement() throws HclException {
        var names = Map.<String, Object>of("list", List.of(Map.of("a", Map.of("b", n("1"))),
                Map.of("a", Map.of("b", n("2")))));

        assertThat(eval("list[*].a.b", names)).isEqualTo(List.of(n("1"), n("2")));
        assertThat(eval("list.*.a.b", names)).isEqualTo(List.of(n("1"), n("2")));
        assertThat(eval("list[*].a.b[0]", Map.of("list", List.of(Map.of("a", Map.of("b", List.of("x")))))))
                .isEqualTo(List.of("x"));
        assertThat(eval("list.*.a[1]", names)).isEqualTo(Map.of("b", n("2")));
        assertThat(eval("null[*]")).isEqualTo(List.of());
        assertThat(eval("aws_vpc.main[*].id", NAMES)).isEqualTo(List.of(new Reference("aws_vpc.main.id")));
    }

    @Test
    void forExpressionsBuildListsAndMaps() throws HclException {
        assertThat(eval("[for z in var.zones : upper(z)]", NAMES)).isEqualTo(List.of("US-EAST-1A", "US-EAST-1B"));
        assertThat(eval("[for i, z in var.zones : \"${i}:${z}\" if i > 0]", NAMES)).isEqualTo(List.of("1:us-east-1b"));
        assertThat(eval("{for z in var.zones : z => length(z)}", NAMES))
                .isEqualTo(Map.of("us-east-1a", n("10"), "us-east-1b", n("10")));
        var grouped = eval("{for s in [\"ab\", \"ac\", \"b\"] : substr(s, 0, 1) => s...}");
        assertThat(grouped).isEqualTo(Map.of("a", List.of("ab", "ac"), "b", List.of("b")));
        assertThat(eval("[for k, v in {b = 2, a = 1} : k]")).isEqualTo(List.of("a", "b"));
        assertThat(failure("{for s in [\"a\", \"a\"] : s => s}").reason())
                .isEqualTo("two elements give the key \"a\": add '...' after the value to group them into lists");
        assertThat(failure("[for x in 5 : x]").reason())
                .isEqualTo("`5` is a number: a for needs a list or a map to go through");
    }

    @Test
    void theCallersValuesPassThroughFunctionsThatOnlyMoveThem() throws HclException {
        var id = new Reference("aws_vpc.main.id");
        assertThat(eval("merge(var.tags, { Vpc = aws_vpc.main.id })", NAMES))
                .isEqualTo(Map.of("Team", "web", "Vpc", id));
        assertThat(eval("concat([aws_vpc.main.id], [])", NAMES)).isEqualTo(List.of(id));
        assertThat(eval("[for v in [aws_vpc.main.id] : v]", NAMES)).isEqualTo(List.of(id));
        assertThat(eval("true ? aws_vpc.main.id : null", NAMES)).isEqualTo(id);
        assertThat(eval("\"${aws_vpc.main.id}\"", NAMES)).isEqualTo(id);
        assertThat(eval("coalesce(null, aws_vpc.main.id)", NAMES)).isEqualTo(id);
        assertThat(eval("element([aws_vpc.main.id], 3)", NAMES)).isEqualTo(id);
        assertThat(eval("lookup({a = aws_vpc.main.id}, \"a\")", NAMES)).isEqualTo(id);
        assertThat(eval("values({a = aws_vpc.main.id})", NAMES)).isEqualTo(List.of(id));
        assertThat(eval("flatten([[aws_vpc.main.id]])", NAMES)).isEqualTo(List.of(id));
        assertThat(eval("toset([aws_vpc.main.id, aws_vpc.main.id])", NAMES)).isEqualTo(List.of(id));
        assertThat(eval("tolist([aws_vpc.main.id])", NAMES)).isEqualTo(List.of(id));
        assertThat(eval("try(aws_vpc.main.foo, aws_vpc.main.id)", NAMES)).isEqualTo(id);
    }

    @Test
    void theCallersValuesCannotBeComputedWith() {
        assertThat(failure("aws_vpc.main.id + 1", NAMES).reason())
                .isEqualTo("`aws_vpc.main.id` is a reference whose value is not known here, not a number");
        assertThat(failure("\"arn:${aws_vpc.main.id}\"", NAMES).reason()).isEqualTo(
                "`aws_vpc.main.id` cannot be put into a string template: it is a reference whose value is not known here");
    }

    @Test
    void valuesAreUnmodifiableAndKeepTheirOrder() throws HclException {
        var map = (Map<?, ?>) eval("{ z = 1, a = 2, m = 3 }");
        assertThat(new ArrayList<Object>(map.keySet())).containsExactly("z", "a", "m");
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        var list = (List<?>) eval("[1, 2]");
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCallersValuesCannotBeComparedBecauseTheyHaveNoValueYet() {
        assertThat(failure("aws_vpc.main.id == \"vpc-1\"", NAMES).reason())
                .isEqualTo("`aws_vpc.main.id` cannot be compared: it is a reference whose value is not known here");
    }

    @Test
    void hostileEvaluationsStopWithAClearError() {
        assertThat(failure("[for a in range(1000) : [for b in range(1000) : range(1000)]]").reason())
                .startsWith("evaluating this takes more than 1000000 steps");
        assertThat(failure("1e999999999").reason()).isEqualTo("the number 1e999999999 is too large or too small to use");
        assertThat(failure("tonumber(\"1e-99999\")").reason()).contains("which is not a number");
    }

    @Test
    void equalValuesAreEqualWhateverTheirSpelling() throws HclException {
        assertThat(eval("distinct([1, 1.0, 1e0, \"1\"])")).isEqualTo(List.of(n("1"), "1"));
        assertThat(eval("[1, {a = 2.50}] == [1.0, {a = 2.5}]")).isEqualTo(true);
        assertThat(eval("1 == \"1\"")).isEqualTo(false);
    }

    @Test
    void evaluationErrorsPointAtThePartThatFailed() throws HclException {
        var body = HclParser.parse("main.tf", """
                resource "aws_instance" "web" {
                  tags = merge(var.tags, {
                    Name = var.tags.Owner
                  })
                }
                """);
        var tags = body.blocks("resource").get(0).body().attribute("tags").orElseThrow().expression();

        try {
            new HclEvaluator(Evaluation.scope(NAMES)).evaluate(tags);
            throw new AssertionError("expected an error");
        } catch (HclException e) {
            assertThat(e.getMessage()).isEqualTo("main.tf:3:12: no key \"Owner\" in the map `var.tags`");
        }
    }

    @Test
    void namesMayHoldDashes() throws HclException {
        var names = Map.<String, Object>of("var", Map.of("my-name", "web"));

        assertThat(eval("var.my-name", names)).isEqualTo("web");
        assertThat(eval("{ my-key = var.my-name }", names)).isEqualTo(Map.of("my-key", "web"));
        assertThat(eval("length(var.my-name) - 1", names)).isEqualTo(n("2"));
    }
}
