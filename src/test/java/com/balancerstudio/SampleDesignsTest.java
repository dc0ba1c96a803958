package com.balancerstudio;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Rect;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.testing.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The designs shipped in sample-designs/: each sample is a correct AWS design (no error finding), drawable and stable
 * on disk; each exercise in sample-designs/exercises/ produces exactly the findings its description promises.
 */
class SampleDesignsTest {
    private static final Path SAMPLES = SampleFiles.SAMPLES;
    private static final String FLAGSHIP = "two-az-alb-web-tier.balancer.json";
    /** Room a container keeps at its top for its title. */
    private static final double TITLE_HEIGHT = 30;

    @TempDir
    Path folder;

    static List<Path> samples() {
        return SampleFiles.samples();
    }

    static List<Path> exercises() {
        return SampleFiles.exercises();
    }

    static List<Path> allDesigns() {
        return Stream.concat(samples().stream(), exercises().stream()).toList();
    }

    @Test
    void thereAreAtLeastEightSamplesAndFourExercises() {
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(exercises()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(SAMPLES.resolve(FLAGSHIP)).as("the design the app opens first").isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsACorrectAwsDesign(Path file) throws Exception {
        var design = DesignFile.read(file);
        var findings = RuleRunner.all(design);
        assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR))
                .as("%s must have no error; its findings:%n%s", file, describe(findings)).isEmpty();
        // A warning is only acceptable when it is part of the lesson, and then the description names it.
        assertThat(findings.stream().filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> !design.description().contains(f.ruleId())))
                .as("%s has warnings its description does not mention:%n%s", file, describe(findings)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allDesigns")
    void designHasADescription(Path file) throws Exception {
        var design = DesignFile.read(file);
        assertThat(design.name()).isNotBlank();
        assertThat(design.description()).as(file.toString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allDesigns")
    void savingThenLoadingGivesTheSameDesign(Path file) throws Exception {
        var design = DesignFile.read(file);
        var copy = folder.resolve(file.getFileName());
        DesignFile.write(design, copy);
        assertThat(DesignFile.read(copy)).isEqualTo(design);
        assertThat(DesignFile.parse(DesignFile.toJson(design), "text")).isEqualTo(design);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allDesigns")
    void geometryIsDrawable(Path file) throws Exception {
        var design = DesignFile.read(file);
        var problems = new ArrayList<String>();
        for (var element : design.elements()) {
            boolean drawnInside = element instanceof Listener || element instanceof ListenerRule;
            if (!drawnInside && isEmpty(element.bounds())) {
                problems.add(element.id() + " has no size");
            }
        }
        for (var element : design.elements()) {
            if (isEmpty(element.bounds())) {
                continue;
            }
            var container = design.get(element.parent());
            if (container == null) {
                if (element.bounds().x() < 0 || element.bounds().y() < 0) {
                    problems.add(element.id() + " lies left of or above the origin");
                }
            } else {
                checkInside(element, container, problems);
            }
        }
        checkSiblings(design, null, problems);
        design.elements().forEach(element -> checkSiblings(design, element, problems));
        assertThat(problems).as(file.toString()).isEmpty();
    }

    private static void checkInside(Element child, Element container, List<String> problems) {
        var inner = child.bounds();
        var outer = container.bounds();
        if (isEmpty(outer)) {
            problems.add(child.id() + " is drawn inside " + container.id() + ", which has no size");
        } else if (inner.x() < 0 || inner.y() < TITLE_HEIGHT || inner.maxX() > outer.width()
                || inner.maxY() > outer.height()) {
            problems.add(child.id() + " " + inner + " does not fit in " + container.id() + " (" + outer.width() + " x "
                    + outer.height() + ", below a title of " + TITLE_HEIGHT + ")");
        }
    }

    private static void checkSiblings(Design design, Element container, List<String> problems) {
        var children = design.children(container == null ? null : container.id()).stream()
                .filter(child -> !isEmpty(child.bounds())).toList();
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                var a = children.get(i).bounds();
                var b = children.get(j).bounds();
                // Touching edges are fine; sharing area is not.
                if (a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY()) {
                    problems.add(children.get(i).id() + " overlaps " + children.get(j).id());
                }
            }
        }
    }

    private static boolean isEmpty(Rect bounds) {
        return bounds.width() == 0 || bounds.height() == 0;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void exerciseProducesExactlyItsExpectedFindings(Path file) throws Exception {
        var design = DesignFile.read(file);
        var expected = expectedFindings(design);
        assertThat(expected).as("%s lists its expected findings", file).isNotEmpty();
        var catalog = Catalog.bundled();
        for (var line : expected) {
            var parts = line.split(" ");
            assertThat(catalog.contains(parts[0])).as("%s: %s is a catalog rule", file, parts[0]).isTrue();
            assertThat(design.contains(com.balancerstudio.model.ElementId.of(parts[1])))
                    .as("%s: %s is an element of the exercise", file, parts[1]).isTrue();
        }

        var findings = RuleRunner.all(design);
        var actual = findings.stream().map(f -> f.ruleId() + " " + f.primaryElement()).sorted().toList();
        var missingRules = expected.stream().map(line -> line.split(" ")[0])
                .filter(id -> !RuleRunner.core().ids().contains(id)).distinct().sorted().toList();
        assertThat(actual).as("%s; the rules found:%n%s%nexpected rules not in the rule set yet: %s",
                file, describe(findings), missingRules).isEqualTo(expected);
    }

    private static List<String> expectedFindings(Design design) {
        return SampleFiles.expectedFindings(design.description());
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (none)";
        }
        return findings.stream().map(f -> "  " + f.severity() + " " + f.ruleId() + " " + f.elementIds() + ": "
                + f.message()).collect(Collectors.joining("\n"));
    }
}
