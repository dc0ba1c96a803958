package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.SampleFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line on every sample (no errors, exit 0) and every exercise (exactly the promised findings, exit 1). */
class SampleDesignsCommandLineTest {
    static Stream<Path> samples() {
        return SampleFiles.samples().stream();
    }

    static Stream<Path> exercises() {
        return SampleFiles.exercises().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleValidatesWithoutErrors(Path sample) throws Exception {
        var run = CliRun.of("validate", "--format", "json", sample.toString());
        var report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/summary/errors").asInt()).as(run.out()).isZero();
        assertThat(run.exitCode()).isZero();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void everyExerciseProducesExactlyItsPromisedFindings(Path exercise) throws Exception {
        var expected = SampleFiles.expectedFindings(DesignFile.read(exercise).description());
        var run = CliRun.of("validate", "--format", "json", exercise.toString());
        var report = new ObjectMapper().readTree(run.out());
        var actual = new ArrayList<String>();
        for (var finding : report.at("/files/0/findings")) {
            actual.add(finding.get("rule_id").asText() + " " + finding.at("/elements/0").asText());
        }
        actual.sort(null);
        assertThat(actual).as(run.out()).isEqualTo(expected);
        assertThat(run.exitCode()).isEqualTo(expected.stream().anyMatch(f -> isError(f)) ? 1 : 0);
    }

    private static boolean isError(String finding) {
        var id = finding.substring(0, finding.indexOf(' '));
        return com.balancerstudio.rules.Catalog.bundled().entry(id).severity() == com.balancerstudio.rules.Severity.ERROR;
    }
}
