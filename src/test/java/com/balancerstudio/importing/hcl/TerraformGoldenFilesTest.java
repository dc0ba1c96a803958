package com.balancerstudio.importing.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Terraform configurations the export writes are read back: every file parses and every resource evaluates. */
class TerraformGoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/terraform-golden");

    /** A resource or data source of the configuration: whatever is read from it is another reference. */
    private record Symbol(String address) implements HclTraversable {
        @Override
        public Object attribute(String name, SourcePosition position) {
            return new Symbol(address + "." + name);
        }

        @Override
        public Object index(Object key, SourcePosition position) {
            return new Symbol(address + "[" + key + "]");
        }
    }

    private static List<Path> terraformFiles() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(f -> f.toString().endsWith(".tf")).sorted().toList();
        }
    }

    private static HclBody parse(Path file) throws IOException, HclException {
        return HclParser.parse(GOLDEN.relativize(file).toString(), Files.readString(file));
    }

    @Test
    void everyGoldenFileParses() throws Exception {
        var files = terraformFiles();
        assertThat(files).hasSizeGreaterThan(20);
        for (var file : files) {
            var body = parse(file);
            assertThat(body.attributes().size() + body.blocks().size()).as(file.toString()).isPositive();
        }
    }

    @Test
    void theForEachOfThePublicSubnetsIsTheTwoZoneMap() throws Exception {
        var body = parse(GOLDEN.resolve("two-az-alb-web-tier/network.tf"));
        var subnet = body.blocks("resource").stream()
                .filter(b -> b.labels().equals(List.of("aws_subnet", "public"))).findFirst().orElseThrow();

        var forEach = new HclEvaluator(Evaluation.scope(Map.of()))
                .evaluate(subnet.body().attribute("for_each").orElseThrow().expression());

        assertThat(forEach).isEqualTo(Map.of(
                "us-east-1a", Map.of("cidr_block", "10.0.0.0/24", "name", "public-a"),
                "us-east-1b", Map.of("cidr_block", "10.0.1.0/24", "name", "public-b")));
    }

    @Test
    void everyResourceAttributeEvaluates() throws Exception {
        int evaluated = 0;
        for (var file : terraformFiles()) {
            var folder = file.getParent();
            var variables = variableValues(folder);
            var resources = resources(folder, variables);
            for (var resource : parse(file).blocks("resource")) {
                var names = new HashMap<String, Object>(resources);
                names.put("var", variables);
                var forEach = resource.body().attribute("for_each");
                if (forEach.isPresent()) {
                    var value = new HclEvaluator(Evaluation.scope(names)).evaluate(forEach.get().expression());
                    var first = value instanceof Map<?, ?> map ? map.entrySet().iterator().next() : null;
                    var key = first != null ? first.getKey() : ((List<?>) value).get(0);
                    names.put("each", Map.of("key", key, "value", first != null ? first.getValue() : key));
                }
                var evaluator = new HclEvaluator((name, position) -> names.containsKey(name) ? names.get(name)
                        : new Symbol(name));
                for (var attribute : resource.body().attributes()) {
                    evaluator.evaluate(attribute.expression());
                    evaluated++;
                }
                for (var nested : resource.body().blocks()) {
                    for (var attribute : nested.body().attributes()) {
                        evaluator.evaluate(attribute.expression());
                        evaluated++;
                    }
                }
            }
        }
        assertThat(evaluated).isGreaterThan(200);
    }

    @Test
    void tagsMergeTheVariableWithTheNameTag() throws Exception {
        var body = parse(GOLDEN.resolve("two-az-alb-web-tier/network.tf"));
        var vpc = body.blocks("resource").get(0);
        var names = Map.<String, Object>of("var", Map.of("tags", Map.of("Team", "web")));

        var tags = Evaluation.scope(names);
        assertThat(new HclEvaluator(tags).evaluate(vpc.body().attribute("tags").orElseThrow().expression()))
                .isEqualTo(Map.of("Team", "web", "Name", "web-vpc"));
        assertThat(new HclEvaluator(tags).evaluate(vpc.body().attribute("cidr_block").orElseThrow().expression()))
                .isEqualTo("10.0.0.0/16");
        assertThat(new HclEvaluator(tags).evaluate(vpc.body().attribute("enable_dns_support").orElseThrow()
                .expression())).isEqualTo(true);
    }

    /**
     * Every resource of the folder as the importer would offer it: {@code aws_subnet.public} is a reference, or a
     * map of references by key when the resource has a for_each.
     */
    private static Map<String, Object> resources(Path folder, Map<String, Object> variables)
            throws IOException, HclException {
        var byType = new HashMap<String, Map<String, Object>>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".tf")).toList();
        }
        var evaluator = new HclEvaluator(Evaluation.scope(Map.of("var", variables)));
        for (var file : files) {
            for (var resource : parse(file).blocks("resource")) {
                var type = resource.labels().get(0);
                var name = resource.labels().get(1);
                var address = type + "." + name;
                Object value = new Symbol(address);
                var forEach = resource.body().attribute("for_each");
                if (forEach.isPresent()) {
                    var keys = evaluator.evaluate(forEach.get().expression());
                    var instances = new java.util.LinkedHashMap<String, Object>();
                    var keyList = keys instanceof Map<?, ?> map ? List.copyOf(map.keySet()) : (List<?>) keys;
                    for (var key : keyList) {
                        instances.put((String) key, new Symbol(address + "[\"" + key + "\"]"));
                    }
                    value = instances;
                }
                byType.computeIfAbsent(type, t -> new HashMap<>()).put(name, value);
            }
        }
        return new HashMap<>(byType);
    }

    /** Each variable's default, or a reference standing for the value the user must give. */
    private static Map<String, Object> variableValues(Path folder) throws IOException, HclException {
        var values = new HashMap<String, Object>();
        var file = folder.resolve("variables.tf");
        if (!Files.exists(file)) {
            return values;
        }
        var evaluator = new HclEvaluator(Evaluation.scope(Map.of()));
        for (var variable : parse(file).blocks("variable")) {
            var name = variable.labels().get(0);
            var fallback = variable.body().attribute("default");
            values.put(name, fallback.isPresent() ? evaluator.evaluate(fallback.get().expression())
                    : new Symbol("var." + name));
        }
        values.putIfAbsent("count", BigDecimal.ONE);
        return values;
    }
}
