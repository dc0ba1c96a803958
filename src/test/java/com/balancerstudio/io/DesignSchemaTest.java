package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementKinds;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetTracking;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.model.scenario.Expectation;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.RequestShape;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.ScenarioEvent;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.testing.Fixtures;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps docs/design-format.schema.json true to the reader: every sample and what the writer produces are valid,
 * documents the reader refuses for their shape are refused by the schema as well, and the schema and
 * docs/design-format.md name exactly the properties the model's records have.
 */
class DesignSchemaTest {
    private static final Path SCHEMA = Path.of("docs", "design-format.schema.json");
    private static final Path SAMPLES = Path.of("sample-designs");
    private static final Path FLAGSHIP = SAMPLES.resolve("two-az-alb-web-tier.balancer.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (var in = Files.newInputStream(SCHEMA)) {
            schema = factory.getSchema(in);
        }
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JSON.readTree(SCHEMA.toFile()))).isEmpty();
    }

    static Stream<Path> designFiles() throws IOException {
        try (var files = Files.walk(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(DesignFile.EXTENSION)).sorted().toList().stream();
        }
    }

    @Test
    void samplesAndExercisesAreThere() throws IOException {
        assertThat(designFiles().filter(f -> f.getParent().equals(SAMPLES))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(designFiles().filter(f -> f.getParent().endsWith("exercises"))).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designFiles")
    void everySampleDesignMatchesTheSchema(Path file) throws IOException {
        assertThat(schema.validate(JSON.readTree(file.toFile()))).as(file.toString()).isEmpty();
    }

    @Test
    void whatTheWriterProducesMatchesTheSchema() throws IOException {
        var json = DesignFile.toJson(Fixtures.webTier());
        assertThat(schema.validate(JSON.readTree(json))).isEmpty();
    }

    @Test
    void whatTheWriterProducesWithEveryKindOfScenarioMatchesTheSchema() throws IOException {
        var json = DesignFile.toJson(Fixtures.webTier().withScenarios(List.of(ScenarioFileTest.everything())));
        assertThat(schema.validate(JSON.readTree(json))).isEmpty();
    }

    @Test
    void savedSampleMatchesTheSchema() throws Exception {
        var json = DesignFile.toJson(DesignFile.read(FLAGSHIP));
        assertThat(schema.validate(JSON.readTree(json))).isEmpty();
    }

    /** Every element type with its schema definition and record; the schema must list exactly its properties. */
    static Stream<Arguments> elementTypes() {
        return Arrays.stream(Element.class.getAnnotation(JsonSubTypes.class).value())
                .map(type -> Arguments.of(type.name(), type.value()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementTypes")
    void schemaListsExactlyTheRecordComponentsOfEachElementType(String type, Class<?> record) throws IOException {
        var definition = schemaTree().at("/$defs/" + type);
        assertThat(definition.isMissingNode()).as("the schema defines %s", type).isFalse();
        var expected = new LinkedHashSet<String>();
        expected.add("type");
        expected.addAll(properties(record));
        // A top-level kind has no container, so the schema does not allow "parent" on it.
        @SuppressWarnings("unchecked")
        var kind = (Class<? extends Element>) record;
        if (ElementKinds.isTopLevel(kind)) {
            expected.remove("parent");
        }
        assertThat(fieldNames(definition.get("properties"))).as(type).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(definition.get("additionalProperties").asBoolean(true)).as(type).isFalse();
    }

    @Test
    void schemaListsExactlyTheRecordComponentsOfNestedValues() throws IOException {
        var nested = Map.ofEntries(
                Map.entry("/$defs/bounds", Rect.class),
                Map.entry("/$defs/healthCheck", HealthCheck.class),
                Map.entry("/$defs/securityGroupRule", SecurityGroupRule.class),
                Map.entry("/$defs/weightedTargetGroup", WeightedTargetGroup.class),
                Map.entry("/$defs/route_table/properties/routes/items", Route.class),
                Map.entry("/$defs/load_balancer/properties/subnet_mappings/items", SubnetMapping.class),
                Map.entry("/$defs/load_balancer/properties/access_logs", AccessLogs.class),
                Map.entry("/$defs/listener_rule/properties/conditions/items", RuleCondition.class),
                Map.entry("/$defs/target_group/properties/stickiness", Stickiness.class),
                Map.entry("/$defs/target_group/properties/targets/items", TargetRegistration.class),
                Map.entry("/$defs/autoscaling_group/properties/target_tracking", TargetTracking.class),
                Map.entry("/$defs/scenario", Scenario.class),
                Map.entry("/$defs/scenario/properties/traffic/items", TrafficSource.class),
                Map.entry("/$defs/scenario/properties/traffic/items/properties/requests/items", RequestShape.class),
                Map.entry("/$defs/scenario/properties/events/items", ScenarioEvent.class),
                Map.entry("/$defs/scenario/properties/targets/items", TargetSettings.class),
                Map.entry("/$defs/scenario/properties/expectations/items", Expectation.class));
        var tree = schemaTree();
        nested.forEach((pointer, record) -> assertThat(fieldNames(tree.at(pointer).get("properties")))
                .as(pointer).containsExactlyInAnyOrderElementsOf(properties(record)));
        for (var tagged : List.of(Map.entry("/$defs/fault/allOf", Fault.class),
                Map.entry("/$defs/trafficProfile/allOf", TrafficProfile.class))) {
            for (var type : tagged.getValue().getAnnotation(JsonSubTypes.class).value()) {
                var then = findThen(tree.at(tagged.getKey()), type.name());
                var expected = new LinkedHashSet<String>();
                expected.add("type");
                expected.addAll(properties(type.value()));
                assertThat(fieldNames(then.get("properties"))).as(type.name())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        var actions = tree.at("/$defs/action/allOf");
        for (var type : Action.class.getAnnotation(JsonSubTypes.class).value()) {
            var then = findThen(actions, type.name());
            var expected = new LinkedHashSet<String>();
            expected.add("type");
            expected.addAll(properties(type.value()));
            assertThat(fieldNames(then.get("properties"))).as("action " + type.name())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(fieldNames(tree.get("properties")))
                .containsExactlyInAnyOrder("formatVersion", "name", "description", "validation", "elements", "scenarios");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementTypes")
    void formatDocumentationNamesEveryPropertyOfEachElementType(String type, Class<?> record) throws IOException {
        var doc = Files.readString(Path.of("docs", "design-format.md"));
        int start = doc.indexOf("### `" + type + "`");
        assertThat(start).as("docs/design-format.md has a section for %s", type).isNotNegative();
        int end = doc.indexOf("\n### ", start + 1);
        var section = doc.substring(start, end < 0 ? doc.length() : end);
        var common = Set.of("id", "name", "parent", "bounds");
        for (var property : properties(record)) {
            if (!common.contains(property)) {
                assertThat(section).as("the %s section names %s", type, property).contains("`" + property + "`");
            }
        }
    }

    private static JsonNode findThen(JsonNode allOf, String type) {
        for (var branch : allOf) {
            if (type.equals(branch.at("/if/properties/type/const").asText())) {
                return branch.get("then");
            }
        }
        throw new AssertionError("the schema has no branch for action type " + type);
    }

    private static JsonNode schemaTree() throws IOException {
        return JSON.readTree(SCHEMA.toFile());
    }

    /** The design-file names of a record's properties: its components in snake_case. */
    private static List<String> properties(Class<?> record) {
        var naming = new PropertyNamingStrategies.SnakeCaseStrategy();
        return Arrays.stream(record.getRecordComponents()).map(c -> naming.translate(c.getName())).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        assertThat(object).as("a properties object").isNotNull();
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("unknown property on an element", "colour",
                        doc -> element(doc, "vpc").put("colour", "blue")),
                broken("unknown property at the top", "licence",
                        doc -> doc.put("licence", "MIT")),
                broken("unknown property in bounds", "depth",
                        doc -> ((ObjectNode) element(doc, "vpc").get("bounds")).put("depth", 3)),
                broken("unknown element type", ".type",
                        doc -> element(doc, "vpc").put("type", "spaceship")),
                broken("wrong load balancer type", "load_balancer_type",
                        doc -> element(doc, "web-alb").put("load_balancer_type", "fancy")),
                broken("wrong protocol", "protocol",
                        doc -> element(doc, "web-tg").put("protocol", "HTTP3")),
                broken("wrong action type", "default_action.type",
                        doc -> ((ObjectNode) element(doc, "http").get("default_action")).put("type", "teleport")),
                broken("missing CIDR block of a VPC", "cidr_block",
                        doc -> element(doc, "vpc").remove("cidr_block")),
                broken("missing load balancer type", "load_balancer_type",
                        doc -> element(doc, "web-alb").remove("load_balancer_type")),
                broken("missing name", "name",
                        doc -> element(doc, "igw").remove("name")),
                broken("missing parent of a nested element", "parent",
                        doc -> element(doc, "igw").remove("parent")),
                broken("missing formatVersion", "formatVersion",
                        doc -> doc.remove("formatVersion")),
                broken("newer formatVersion", "formatVersion",
                        doc -> doc.put("formatVersion", 4)),
                broken("scenario without duration", "duration",
                        doc -> doc.putArray("scenarios").addObject().put("name", "no duration")),
                broken("unknown fault type", "type",
                        doc -> doc.putArray("scenarios").addObject().put("name", "s").put("duration", 60)
                                .putArray("events").addObject().put("at", 1).putObject("fault").put("type", "explode")),
                broken("missing elements", "elements",
                        doc -> doc.remove("elements")),
                broken("CIDR block with an octet above 255", "cidr_block",
                        doc -> element(doc, "public-a").put("cidr_block", "10.0.0.300/24")),
                broken("CIDR block without prefix", "cidr_block",
                        doc -> element(doc, "public-a").put("cidr_block", "10.0.0.0")),
                broken("id starting with a dash", "id",
                        doc -> element(doc, "igw").put("id", "-igw")),
                broken("reference that is not an id", "vpc_id",
                        doc -> element(doc, "igw").put("vpc_id", "my vpc")),
                broken("port with a fraction", "port",
                        doc -> element(doc, "web-tg").put("port", 80.5)),
                broken("port as text", "port",
                        doc -> element(doc, "web-tg").put("port", "80")),
                broken("boolean as text", "internal",
                        doc -> element(doc, "web-alb").put("internal", "false")),
                broken("negative width", "width",
                        doc -> ((ObjectNode) element(doc, "vpc").get("bounds")).put("width", -5)),
                broken("region code that is not one", "region_name",
                        doc -> element(doc, "us-east-1").put("region_name", "virginia")),
                broken("target with both an id and an address", "targets",
                        doc -> ((ObjectNode) element(doc, "web-tg").withArray("targets").get(0))
                                .put("ip_address", "10.0.10.5")),
                broken("stickiness without type", "stickiness",
                        doc -> element(doc, "web-tg").putObject("stickiness").put("enabled", true)));
    }

    private static Arguments broken(String label, String mentioned, Consumer<ObjectNode> change) {
        return Arguments.of(label, mentioned, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void schemaRefusesWhatTheReaderRefuses(String label, String mentioned, Consumer<ObjectNode> change)
            throws IOException {
        var document = (ObjectNode) JSON.readTree(FLAGSHIP.toFile());
        assertThat(schema.validate(document)).as("the unchanged sample is valid").isEmpty();
        change.accept(document);
        var text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);

        Set<ValidationMessage> messages = schema.validate(document);
        assertThat(messages).as(label).isNotEmpty();
        assertThat(messages.stream().map(ValidationMessage::getMessage))
                .as(label + ": " + messages).anyMatch(message -> message.contains(mentioned));
        assertThatThrownBy(() -> DesignFile.parse(text, "broken.balancer.json"))
                .as("the reader refuses it too").isInstanceOf(DesignFileException.class);
    }

    private static ObjectNode element(ObjectNode document, String id) {
        var elements = (ArrayNode) document.get("elements");
        for (JsonNode element : elements) {
            if (id.equals(element.path("id").asText())) {
                return (ObjectNode) element;
            }
        }
        throw new IllegalArgumentException("no element '" + id + "' in the flagship sample; elements: "
                + List.copyOf(elements.findValuesAsText("id")));
    }
}
