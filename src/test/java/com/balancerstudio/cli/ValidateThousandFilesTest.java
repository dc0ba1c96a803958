package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.testing.SampleFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `validate` on a folder of 1,000 design files (copies of the samples, exercises with findings, files broken in
 * different ways and places, one that is no design at all, one without read permission) reports every file, each
 * broken one with its own message, and does not stop at the first failure.
 */
class ValidateThousandFilesTest {
    private static final int FILES = 1_000;

    @TempDir
    static Path folder;
    /** The files that cannot be read as designs, each with what its message must say. */
    private static final Map<Path, String> BROKEN = new HashMap<>();
    private static final List<Path> WITH_FINDINGS = new ArrayList<>();
    private static final List<Path> ALL = new ArrayList<>();

    @BeforeAll
    static void writeAThousandFiles() throws IOException {
        var random = new Random(7);
        var samples = texts(SampleFiles.samples());
        var exercises = texts(SampleFiles.exercises());
        var nested = Files.createDirectories(folder.resolve("more"));
        var notADesign = write(folder, "notes.balancer.json", "Remember to rotate the certificates.\n");
        BROKEN.put(notADesign, "not valid JSON");
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            var locked = write(folder, "locked.balancer.json", samples.get(0));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            if (Files.isReadable(locked)) {
                // Running as root, which reads anything: there is no unreadable file to make.
                Files.delete(locked);
            } else {
                BROKEN.put(locked, "cannot be read (permission denied)");
            }
        }
        for (int i = 0; ALL.size() + BROKEN.size() < FILES; i++) {
            var where = i % 10 == 0 ? nested : folder;
            var name = String.format("design-%04d.balancer.json", i);
            if (i % 11 == 3) {
                var text = samples.get(i % samples.size());
                int cut = 1 + random.nextInt(text.length() - 3);
                BROKEN.put(write(where, name, text.substring(0, cut)), "");
            } else if (i % 11 == 7) {
                var text = samples.get(i % samples.size());
                var key = "\"cidr_block\": \"";
                var blocks = occurrences(text, key);
                int value = blocks.get(random.nextInt(blocks.size())) + key.length();
                var broken = text.substring(0, value) + "10.0.0.300/16" + text.substring(text.indexOf('"', value));
                BROKEN.put(write(where, name, broken), "at $.elements[");
            } else if (i % 50 == 9) {
                var path = write(where, name, exercises.get(i % exercises.size()));
                WITH_FINDINGS.add(path);
                ALL.add(path);
            } else {
                ALL.add(write(where, name, samples.get(i % samples.size())));
            }
        }
        ALL.addAll(BROKEN.keySet());
    }

    @Test
    void everyFileIsReportedAndEveryBrokenOneWithItsOwnMessage() {
        long start = System.nanoTime();
        var run = CliRun.of("validate", folder.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(ALL).hasSize(FILES);
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        var lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith(FILES + " designs checked: ")
                .endsWith(", " + BROKEN.size() + " unreadable");
        var linesByFile = lines.stream().filter(line -> line.contains(".balancer.json:"))
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(".balancer.json:")
                        + ".balancer.json".length())));
        BROKEN.forEach((file, says) -> assertThat(linesByFile.get(file.toString())).as(file.toString()).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains(says).doesNotContain(": error ")));
        WITH_FINDINGS.forEach(file -> assertThat(linesByFile.get(file.toString())).as(file.toString())
                .anyMatch(line -> line.startsWith(file + ": error ")));
        assertThat(millis).as("milliseconds for 1,000 files").isLessThan(30_000);
    }

    @Test
    void theJsonReportListsAThousandEntries() throws IOException {
        var run = CliRun.of("validate", "--format", "json", folder.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        var report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("files")).hasSize(FILES);
        var errors = new HashMap<String, String>();
        report.get("files").forEach(f -> {
            if (f.has("error")) {
                errors.put(f.get("file").asText(), f.get("error").asText());
            }
        });
        assertThat(errors).hasSize(BROKEN.size());
        BROKEN.forEach((file, says) -> assertThat(errors.get(file.toString())).startsWith(file + ":").contains(says));
        assertThat(report.get("summary").get("designs").asInt()).isEqualTo(FILES);
        assertThat(report.get("summary").get("unreadable").asInt()).isEqualTo(BROKEN.size());
    }

    private static List<String> texts(List<Path> files) throws IOException {
        var texts = new ArrayList<String>();
        for (var file : files) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static List<Integer> occurrences(String text, String needle) {
        var found = new ArrayList<Integer>();
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static Path write(Path where, String name, String text) throws IOException {
        return Files.writeString(where.resolve(name), text, StandardCharsets.UTF_8);
    }
}
