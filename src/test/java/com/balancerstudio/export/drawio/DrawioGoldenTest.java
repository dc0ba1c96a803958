package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported draw.io file of a sample design against the reviewed copy in src/test/resources/drawio-golden/. After an
 * intended change, regenerate it with {@code mvn test -Dtest=DrawioGoldenTest -Dgolden.update=true}, review the diff,
 * and open the file in diagrams.net to look at it.
 */
class DrawioGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/drawio-golden");

    @ParameterizedTest
    @ValueSource(strings = {"two-az-alb-web-tier", "route53-failover-two-regions"})
    void matchesTheReviewedFile(String sample) throws Exception {
        var actual = DrawioExport.toXml(DesignFile.read(SampleFiles.SAMPLES.resolve(sample + DesignFile.EXTENSION)));
        var golden = GOLDEN.resolve(sample + ".drawio");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).as(golden + " (regenerate with -Dgolden.update=true)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
