package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.balancerstudio.testing.LargeDesign;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to exhaust the reader (too big, too deep, giant values) are refused quickly with a message that names the
 * file and the limit, instead of running out of memory or stack.
 */
class DesignFileLimitsTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    @Test
    void aDocumentNestedTenThousandLevelsDeepIsRefusedAtTheNestingLimit() throws IOException {
        var file = temp.resolve("deep.balancer.json");
        Files.writeString(file, "{\"formatVersion\": 3, \"name\": \"deep\", \"elements\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}");

        assertThat(refusal(file)).startsWith(file.toString()).contains("nested more than 64 levels deep");
    }

    @Test
    void aFiftyMegabyteTextIsRefusedAtTheStringLimit() throws IOException {
        var file = temp.resolve("long-text.balancer.json");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"formatVersion\": 3, \"name\": \"long\", \"description\": \"");
            var block = "x".repeat(1024 * 1024);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\", \"elements\": []}");
        }
        assertThat(Files.size(file)).isGreaterThan(50L * 1024 * 1024);

        assertThat(refusal(file)).startsWith(file.toString())
                .contains("a text value is longer than 1,000,000 characters, the limit of a design file");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        var file = temp.resolve("huge.balancer.json");
        try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DesignFile.MAX_BYTES + 1);
        }

        assertThat(refusal(file)).startsWith(file.toString()).contains("larger than 64 MB, the limit of a design file");
    }

    @Test
    void aNumberOfTenThousandDigitsIsRefusedAtTheNumberLimit() throws IOException {
        var file = temp.resolve("long-number.balancer.json");
        Files.writeString(file, "{\"formatVersion\": 3, \"name\": \"n\", \"elements\": [{\"type\": \"region\", \"id\": \"r\","
                + " \"name\": \"r\", \"region\": \"us-east-1\", \"bounds\": {\"x\": 1" + "0".repeat(10_000) + "}}]}");

        assertThat(refusal(file)).startsWith(file.toString())
                .contains("a number is written with more than 100 characters, the limit of a design file");
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedWithoutReadingIt() {
        var zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a machine with /dev/zero");

        assertThat(refusal(zero)).isEqualTo("/dev/zero: is not a regular file (a device or a pipe?), not a design file");
    }

    @Test
    void contentAfterTheDesignObjectIsRefusedWithItsLine() throws IOException {
        var file = temp.resolve("two-objects.balancer.json");
        Files.writeString(file, "{\"formatVersion\": 3, \"name\": \"a\", \"elements\": []}\n{}\n");

        assertThat(refusal(file)).isEqualTo(file + ":2: something follows the end of the design (a design file holds"
                + " one JSON object)");
    }

    @Test
    void aDesignOfFiveThousandElementsIsFarBelowTheSizeLimit() throws Exception {
        var file = temp.resolve("large.balancer.json");
        var design = LargeDesign.of(5_200);
        DesignFile.write(design, file);

        assertThat(design.size()).isGreaterThanOrEqualTo(5_000);
        assertThat(Files.size(file)).isLessThan(DesignFile.MAX_BYTES / 10);
        assertThat(DesignFile.read(file)).isEqualTo(design);
    }

    /** The message the reader gives, within a few seconds. */
    private static String refusal(Path file) {
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                DesignFile.read(file);
            } catch (DesignFileException e) {
                return e.getMessage();
            }
            throw new AssertionError(file + " was read as a design");
        });
    }

    @Test
    void theRefusalIsADesignFileExceptionNotAnError() throws IOException {
        var file = temp.resolve("deep-object.balancer.json");
        Files.writeString(file, "{\"formatVersion\": 3, \"a\": " + "{\"a\": ".repeat(100_000));

        assertThatThrownBy(() -> DesignFile.read(file)).isInstanceOf(DesignFileException.class)
                .hasMessageContaining("nested more than 64 levels deep");
    }
}
