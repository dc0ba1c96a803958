package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.balancerstudio.testing.RuleRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Design files broken in random ways (values of the wrong type or out of range, properties dropped or repeated,
 * elements of another kind, the text cut or garbled) end in one clear message or in a design that validates and saves,
 * never in an exception the user would see as a crash, and never hang. The seeds are fixed so that a build gives the
 * same verdict every time; change them locally to explore further.
 */
class MangledDesignFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOISE = "{}[]\",:0-e.\\ \n\u0000é";
    private static final List<String> SAMPLES = samples();

    @Property(tries = 2000, seed = "20261125")
    void aDesignFileWithWrongValuesGivesADesignOrAMessage(@ForAll long seed,
                                                          @ForAll @IntRange(min = 1, max = 6) int changes)
            throws Exception {
        var random = new Random(seed);
        var tree = JSON.readTree(SAMPLES.get(random.nextInt(SAMPLES.size())));
        for (int i = 0; i < changes; i++) {
            mutateValue(tree, random);
        }
        loadsOrSaysWhy(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    }

    @Property(tries = 1000, seed = "20261126")
    void aCutOrGarbledDesignFileGivesADesignOrAMessage(@ForAll long seed,
                                                       @ForAll @IntRange(min = 1, max = 8) int changes) {
        var random = new Random(seed);
        var text = new StringBuilder(SAMPLES.get(random.nextInt(SAMPLES.size())));
        for (int i = 0; i < changes && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.setLength(at);
                case 1 -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(200)));
                default -> {
                    int from = random.nextInt(text.length());
                    text.insert(at, text.substring(from, Math.min(text.length(), from + 200)));
                }
            }
        }
        loadsOrSaysWhy(text.toString());
    }

    /** What the user sees: a message naming the place, or a design the rules check and the file format writes. */
    private static void loadsOrSaysWhy(String json) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                var design = DesignFile.parse(json, "mangled.balancer.json");
                RuleRunner.all(design);
                // Saving writes what reads back and saves the same again (an empty text is written as absent).
                var saved = DesignFile.toJson(design);
                assertThat(DesignFile.toJson(DesignFile.parse(saved, "again"))).isEqualTo(saved);
            } catch (DesignFileException e) {
                assertThat(e.getMessage()).startsWith("mangled.balancer.json").doesNotContain("java.", "Exception");
            }
        });
    }

    private static void mutateValue(JsonNode root, Random random) {
        var objects = new ArrayList<ObjectNode>();
        collect(root, objects);
        var target = objects.get(random.nextInt(objects.size()));
        var names = new ArrayList<String>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return;
        }
        var name = names.get(random.nextInt(names.size()));
        var f = JsonNodeFactory.instance;
        switch (random.nextInt(11)) {
            case 0 -> target.remove(name);
            case 1 -> target.set(name, f.nullNode());
            case 2 -> target.set(name, f.numberNode(random.nextInt(200_000) - 100_000));
            case 3 -> target.set(name, f.numberNode(Long.MAX_VALUE));
            case 4 -> target.set(name, f.textNode(""));
            case 5 -> target.set(name, f.textNode(randomWord(random)));
            case 6 -> target.set(name, f.booleanNode(random.nextBoolean()));
            case 7 -> target.set(name, f.arrayNode().add(f.numberNode(-1)));
            case 8 -> target.set(name, f.objectNode());
            case 9 -> target.set(name, f.numberNode(-0.5));
            default -> {
                // Another element's value of the same name: an id of the wrong kind, a CIDR of another block...
                var other = objects.get(random.nextInt(objects.size()));
                if (other.has(name)) {
                    target.set(name, other.get(name).deepCopy());
                } else if (target.get(name) instanceof ArrayNode list && list.size() > 0) {
                    list.add(list.get(0).deepCopy());
                }
            }
        }
    }

    private static String randomWord(Random random) {
        var words = List.of("application", "gateway", "classic", "network", "HTTPS", "GENEVE", "10.0.0.0/8",
                "2600:1f14::/56", "::/0", "us-east-1a", "local-zone", "web-alb", "web-tg", "nat-a", "public-a", "igw",
                "-1", "0.0.0.0/0", "CNAME", "lb_cookie", "app_cookie", "rebalance", "stopped", "ED25519", "2020-01-01",
                "x".repeat(300));
        return words.get(random.nextInt(words.size()));
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.elements().forEachRemaining(child -> collect(child, into));
    }

    private static List<String> samples() {
        try (Stream<Path> files = Files.list(Path.of("sample-designs"))) {
            var texts = new ArrayList<String>();
            for (var file : files.filter(p -> p.toString().endsWith(DesignFile.EXTENSION)).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
