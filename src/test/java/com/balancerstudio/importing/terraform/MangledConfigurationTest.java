package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.io.DesignFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Configurations broken in random ways (lines dropped, repeated or cut, characters changed) end in a design with
 * notes or in a message, never in an exception the user would see as a crash.
 */
class MangledConfigurationTest {
    private static final String NOISE = "{}[]()\"=.,*$%#\\0a-<~?:!";
    private static final String SAMPLE = "sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION;

    @Property(tries = 1000)
    void aMangledConfigurationGivesADesignOrAMessage(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int cuts)
            throws Exception {
        var folder = Files.createTempDirectory("mangled");
        try {
            var random = new Random(seed);
            for (var file : TerraformExport.of(DesignFile.read(Path.of(SAMPLE))).files().entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), mangle(file.getValue(), random, cuts));
            }
            try {
                var result = TerraformImport.read(folder);
                assertThat(result.design()).isNotNull();
            } catch (TerraformImportException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        } finally {
            deleteAll(folder);
        }
    }

    private static String mangle(String text, Random random, int cuts) {
        var lines = new ArrayList<>(text.lines().toList());
        for (int i = 0; i < cuts && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                case 3 -> {
                    var line = new StringBuilder(lines.get(at));
                    if (line.length() > 0) {
                        line.setCharAt(random.nextInt(line.length()), NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                    lines.set(at, line.toString());
                }
                default -> {
                    int other = random.nextInt(lines.size());
                    var swap = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swap);
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
