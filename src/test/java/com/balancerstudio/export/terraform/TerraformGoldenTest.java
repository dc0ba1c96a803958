package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported configuration of some sample designs, file by file, against the reviewed copies in
 * src/test/resources/terraform-golden/SAMPLE/ (with not-expressed.txt listing the notes). After an intended change,
 * regenerate them with {@code mvn test -Dtest=TerraformGoldenTest -Dgolden.update=true} and review the diff.
 * Every sample and exercise is also checked for structure (HCL that reads back, references all declared).
 */
class TerraformGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/terraform-golden");
    private static final String NOTES = "not-expressed.txt";

    @ParameterizedTest
    @ValueSource(strings = {"two-az-alb-web-tier", "route53-failover-two-regions", "classic-load-balancer-legacy",
        "gateway-load-balancer-firewalls"})
    void matchesTheReviewedFiles(String sample) throws Exception {
        var config = TerraformExport.of(DesignFile.read(SampleFiles.SAMPLES.resolve(sample + DesignFile.EXTENSION)));
        var actual = new LinkedHashMap<>(config.files());
        actual.put(NOTES, String.join("\n", config.notExpressed().stream().map(NotExpressed::toString).toList()) + "\n");
        var folder = GOLDEN.resolve(sample);
        if (Boolean.getBoolean("golden.update")) {
            write(folder, actual);
        }
        var expected = read(folder);
        assertThat(actual.keySet()).as("files of " + sample + " (regenerate with -Dgolden.update=true)")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var name : expected.keySet()) {
            assertThat(actual.get(name)).as(sample + "/" + name + " (regenerate with -Dgolden.update=true)")
                    .isEqualTo(expected.get(name));
        }
    }

    static List<Path> designs() {
        var designs = new ArrayList<>(SampleFiles.samples());
        designs.addAll(SampleFiles.exercises());
        return designs;
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyDesignExportsToWellFormedTerraform(Path design) throws Exception {
        var config = TerraformExport.of(DesignFile.read(design));

        TerraformTexts.assertWellFormed(config);
        assertThat(config.files()).containsKeys("versions.tf", "providers.tf", "variables.tf", "network.tf");
        assertThat(config.files().get("versions.tf")).contains("source  = \"hashicorp/aws\"")
                .contains("version = \"~> 6.25\"");
        config.files().values().forEach(text -> assertThat(text).startsWith(TerraformExport.HEADER + "\n\n")
                .endsWith("}\n").doesNotContain("\t").doesNotContain(" \n"));
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (var file : old.toList()) {
                Files.delete(file);
            }
        }
        for (var entry : files.entrySet()) {
            Files.writeString(folder.resolve(entry.getKey()), entry.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        var files = new LinkedHashMap<String, String>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (var file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
