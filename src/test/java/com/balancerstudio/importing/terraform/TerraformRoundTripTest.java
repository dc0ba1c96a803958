package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design exported to Terraform and imported again gives back an equivalent design. */
class TerraformRoundTripTest {
    @TempDir
    Path folder;

    static Stream<Path> samples() {
        return SampleFiles.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleComesBackFromItsTerraform(Path sample) throws Exception {
        var design = DesignFile.read(sample);
        var config = TerraformExport.of(design);
        for (var file : config.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }

        var imported = TerraformImport.read(folder);

        assertThat(DesignEquivalence.differences(design, imported.design())).isEmpty();
        assertThat(imported.notes()).allSatisfy(note -> assertThat(note).contains("endpoint"));
    }
}
