package com.balancerstudio.testing;

import com.balancerstudio.io.DesignFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The sample designs and classroom exercises of the repository, and the findings an exercise promises. */
public final class SampleFiles {
    public static final Path SAMPLES = Path.of("sample-designs");
    public static final Path EXERCISES = SAMPLES.resolve("exercises");
    private static final String EXPECTED = "Expected findings:";
    private static final Pattern EXPECTED_LINE = Pattern.compile("- ([A-Z0-9]+-[A-Z0-9]+-\\d{3}) (\\S+)");

    private SampleFiles() {
    }

    /** The lesson designs (not the exercises), in name order. */
    public static List<Path> samples() {
        return designsIn(SAMPLES);
    }

    public static List<Path> exercises() {
        return designsIn(EXERCISES);
    }

    private static List<Path> designsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(DesignFile.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The findings an exercise's description promises, sorted: its description ends with a line "Expected findings:"
     * followed only by lines "- RULE-ID element-id" (the rule id and the element the finding is mainly about).
     */
    public static List<String> expectedFindings(String description) {
        var lines = description.strip().lines().toList();
        int header = lines.indexOf(EXPECTED);
        if (header < 0) {
            throw new IllegalArgumentException("the description has no line '" + EXPECTED + "'");
        }
        var expected = new ArrayList<String>();
        for (var line : lines.subList(header + 1, lines.size())) {
            var matcher = EXPECTED_LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + line + "' is not of the form '- RULE-ID element-id'");
            }
            expected.add(matcher.group(1) + " " + matcher.group(2));
        }
        expected.sort(null);
        return expected;
    }
}
