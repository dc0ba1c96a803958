package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.testing.RandomEdits;
import com.balancerstudio.testing.SampleFiles;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a person does to a sample design, the export is well-formed HCL with every reference declared. */
class TerraformExportPropertiesTest {
    @Provide
    Arbitrary<Design> samples() {
        return Arbitraries.of(SampleFiles.samples()).map(path -> {
            try {
                return DesignFile.read(path);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Provide
    Arbitrary<List<RandomEdits.Recipe>> gestures() {
        return RandomEdits.recipes().list().ofMaxSize(30);
    }

    @Property(tries = 150)
    void editedDesignsStillExportToWellFormedTerraform(@ForAll("samples") Design sample,
                                                        @ForAll("gestures") List<RandomEdits.Recipe> gestures) {
        var design = sample;
        for (var gesture : gestures) {
            design = gesture.toEdit(design).apply(design);
        }

        var config = TerraformExport.of(design);

        TerraformTexts.assertWellFormed(config);
        config.files().forEach((name, text) -> assertThat(HclScanner.scan(text).directives()).as(name).isZero());
        assertThat(TerraformExport.of(design)).as("the same design gives the same files").isEqualTo(config);
    }
}
