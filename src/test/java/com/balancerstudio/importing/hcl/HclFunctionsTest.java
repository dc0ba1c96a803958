package com.balancerstudio.importing.hcl;

import static com.balancerstudio.importing.hcl.Evaluation.eval;
import static com.balancerstudio.importing.hcl.Evaluation.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terraform's functions against the examples of Terraform's own documentation. */
class HclFunctionsTest {
    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    @Test
    void networkFunctions() throws HclException {
        assertThat(eval("cidrsubnet(\"10.0.0.0/16\", 8, 2)")).isEqualTo("10.0.2.0/24");
        assertThat(eval("cidrsubnet(\"172.16.0.0/12\", 4, 2)")).isEqualTo("172.18.0.0/16");
        assertThat(eval("cidrsubnet(\"10.1.2.0/24\", 4, 15)")).isEqualTo("10.1.2.240/28");
        assertThat(eval("cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)")).isEqualTo("fd00:fd12:3456:7800:a200::/72");
        assertThat(eval("cidrhost(\"10.12.112.0/20\", 16)")).isEqualTo("10.12.112.16");
        assertThat(eval("cidrhost(\"10.12.112.0/20\", 268)")).isEqualTo("10.12.113.12");
        assertThat(eval("cidrhost(\"10.0.0.0/8\", -2)")).isEqualTo("10.255.255.254");
        assertThat(eval("cidrhost(\"fd00:fd12:3456:7890:00a2::/72\", 34)")).isEqualTo("fd00:fd12:3456:7890::22");
        assertThat(eval("cidrnetmask(\"172.16.0.0/12\")")).isEqualTo("255.240.0.0");
        assertThat(failure("cidrsubnet(\"10.0.0.0/16\", 8, 256)").reason())
                .isEqualTo("cidrsubnet(): a prefix extension of 8 bits cannot hold the subnet number 256");
        assertThat(failure("cidrsubnet(\"10.0.0.0/30\", 8, 1)").reason())
                .isEqualTo("cidrsubnet(): not enough address space to extend a /30 prefix by 8 bits");
        assertThat(failure("cidrhost(\"example.com/24\", 1)").reason())
                .isEqualTo("cidrhost(): \"example.com/24\" is not a CIDR prefix such as 10.0.0.0/16");
    }

    @Test
    void collectionFunctions() throws HclException {
        assertThat(eval("merge({a = \"b\", c = \"d\"}, {e = \"f\", c = \"z\"})"))
                .isEqualTo(Map.of("a", "b", "c", "z", "e", "f"));
        assertThat(eval("concat([\"a\", \"\"], [\"b\", \"c\"])")).isEqualTo(List.of("a", "", "b", "c"));
        assertThat(eval("flatten([[\"a\", \"b\"], [], [\"c\"]])")).isEqualTo(List.of("a", "b", "c"));
        assertThat(eval("flatten([[[\"a\", \"b\"], []], [\"c\"]])")).isEqualTo(List.of("a", "b", "c"));
        assertThat(eval("toset([\"c\", \"b\", \"c\", \"a\"])")).isEqualTo(List.of("c", "b", "a"));
        assertThat(eval("values({a = 3, d = 1, c = 2})")).isEqualTo(List.of(n("3"), n("2"), n("1")));
        assertThat(eval("keys({d = 3, a = 1, c = 2})")).isEqualTo(List.of("a", "c", "d"));
        assertThat(eval("lookup({a = \"ay\", b = \"bee\"}, \"a\", \"what?\")")).isEqualTo("ay");
        assertThat(eval("lookup({a = \"ay\", b = \"bee\"}, \"c\", \"what?\")")).isEqualTo("what?");
        assertThat(failure("lookup({a = 1}, \"c\")").reason())
                .isEqualTo("lookup(): no key \"c\" in the map `{a = 1}` and no default given");
        assertThat(eval("element([\"a\", \"b\", \"c\"], 1)")).isEqualTo("b");
        assertThat(eval("element([\"a\", \"b\", \"c\"], 3)")).isEqualTo("a");
        assertThat(eval("length([])")).isEqualTo(n("0"));
        assertThat(eval("length({a = \"b\"})")).isEqualTo(n("1"));
        assertThat(eval("length(\"hello\")")).isEqualTo(n("5"));
        assertThat(eval("contains([\"a\", \"b\", \"c\"], \"a\")")).isEqualTo(true);
        assertThat(eval("contains([1, 2], 3)")).isEqualTo(false);
        assertThat(eval("distinct([\"a\", \"b\", \"a\", \"c\", \"d\", \"b\"])")).isEqualTo(List.of("a", "b", "c", "d"));
        assertThat(eval("coalesce(\"\", \"b\")")).isEqualTo("b");
        assertThat(eval("coalesce(null, 1, 2)")).isEqualTo(n("1"));
        assertThat(eval("compact([\"a\", \"\", \"b\", null, \"c\"])")).isEqualTo(List.of("a", "b", "c"));
        assertThat(eval("zipmap([\"a\", \"b\"], [1, 2])")).isEqualTo(Map.of("a", n("1"), "b", n("2")));
        assertThat(eval("slice([\"a\", \"b\", \"c\", \"d\"], 1, 3)")).isEqualTo(List.of("b", "c"));
        assertThat(eval("tolist([\"a\"])")).isEqualTo(List.of("a"));
        assertThat(eval("tomap({a = 1})")).isEqualTo(Map.of("a", n("1")));
    }

    @Test
    void textFunctions() throws HclException {
        assertThat(eval("join(\", \", [\"foo\", \"bar\", \"baz\"])")).isEqualTo("foo, bar, baz");
        assertThat(eval("split(\",\", \"foo,bar,baz\")")).isEqualTo(List.of("foo", "bar", "baz"));
        assertThat(eval("split(\",\", \"\")")).isEqualTo(List.of(""));
        assertThat(eval("format(\"Hello, %s!\", \"Ander\")")).isEqualTo("Hello, Ander!");
        assertThat(eval("format(\"There are %d lights\", 4)")).isEqualTo("There are 4 lights");
        assertThat(eval("format(\"%v %q %%\", true, \"x\")")).isEqualTo("true \"x\" %");
        assertThat(failure("format(\"%5d\", 4)").reason())
                .isEqualTo("format(): the format verb %5 is not supported (only %s, %d, %v, %q and %%)");
        assertThat(eval("lower(\"HELLO\")")).isEqualTo("hello");
        assertThat(eval("upper(\"hello\")")).isEqualTo("HELLO");
        assertThat(eval("title(\"hello world\")")).isEqualTo("Hello World");
        assertThat(eval("trimspace(\"  hello\\n\\n\")")).isEqualTo("hello");
        assertThat(eval("replace(\"1 + 2 + 3\", \"+\", \"-\")")).isEqualTo("1 - 2 - 3");
        assertThat(failure("replace(\"hello\", \"/l+/\", \"L\")").reason())
                .isEqualTo("replace(): regular expressions (/l+/) are not supported; only plain text can be replaced");
        assertThat(eval("substr(\"hello world\", 1, 4)")).isEqualTo("ello");
        assertThat(eval("substr(\"\uD83E\uDD14\uD83E\uDD37\", 0, 1)")).isEqualTo("\uD83E\uDD14");
        assertThat(eval("substr(\"hello world\", -5, -1)")).isEqualTo("world");
        assertThat(eval("tostring(5)")).isEqualTo("5");
        assertThat(eval("tostring(null)")).isNull();
        assertThat(eval("tonumber(\"1.50\")")).isEqualTo(n("1.5"));
        assertThat(eval("tobool(\"true\")")).isEqualTo(true);
        assertThat(eval("jsonencode({hello = \"world\", list = [1, true, null]})"))
                .isEqualTo("{\"hello\":\"world\",\"list\":[1,true,null]}");
    }

    @Test
    void numberFunctions() throws HclException {
        assertThat(eval("min(12, 54, 3)")).isEqualTo(n("3"));
        assertThat(eval("max([12, 54, 3]...)")).isEqualTo(n("54"));
        assertThat(eval("abs(-12.4)")).isEqualTo(n("12.4"));
        assertThat(eval("range(3)")).isEqualTo(List.of(n("0"), n("1"), n("2")));
        assertThat(eval("range(1, 8, 2)")).isEqualTo(List.of(n("1"), n("3"), n("5"), n("7")));
        assertThat(eval("range(1, 4, 0.5)")).isEqualTo(Arrays.asList(n("1"), n("1.5"), n("2"), n("2.5"), n("3"),
                n("3.5")));
        assertThat(eval("range(4, 1)")).isEqualTo(List.of(n("4"), n("3"), n("2")));
        assertThat(eval("range(10, 5, -2)")).isEqualTo(List.of(n("10"), n("8"), n("6")));
        assertThat(failure("range(1e9)").reason()).isEqualTo("range(): more than 1024 elements");
    }

    @Test
    void tryAndCanCatchErrors() throws HclException {
        assertThat(eval("try(var.missing, \"fallback\")", Map.of("var", Map.of()))).isEqualTo("fallback");
        assertThat(eval("can(var.missing)", Map.of("var", Map.of()))).isEqualTo(false);
        assertThat(eval("can(1 + 1)")).isEqualTo(true);
        assertThat(failure("try(1 + true)").reason()).startsWith("no argument of try() could be evaluated");
    }

    @Test
    void unknownFunctionsAndWrongArgumentCountsAreRefused() {
        var error = failure("templatefile(\"x.tpl\", {})");
        assertThat(error.getMessage()).isEqualTo("test.tf:1:9: the function 'templatefile' is not supported");
        assertThat(failure("upper(\"a\", \"b\")").reason()).isEqualTo("upper() takes 1 argument, not 2");
        assertThat(failure("lookup({})").reason()).isEqualTo("lookup() takes 2 to 3 arguments, not 1");
        assertThat(failure("concat([1], 2...)").reason()).isEqualTo("`2` is a number: only a list can be expanded with '...'");
    }
}
