package com.balancerstudio.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.testing.SampleFiles;
import org.junit.jupiter.api.Test;

class BundledSamplesTest {
    @Test
    void listsEverySampleOfTheRepositoryAndEachOneReads() throws Exception {
        assertThat(BundledSamples.FILES).containsExactlyInAnyOrderElementsOf(
                SampleFiles.samples().stream().map(p -> p.getFileName().toString()).toList());
        for (var file : BundledSamples.FILES) {
            assertThat(BundledSamples.read(file).size()).as(file).isPositive();
        }
    }
}
