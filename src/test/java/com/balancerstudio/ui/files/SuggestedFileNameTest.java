package com.balancerstudio.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The file name the window offers when saving or exporting is made from the design's name; a name that looks like a
 * path (or holds a NUL) still gives one plain file name, never a path into another folder.
 */
class SuggestedFileNameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "../../etc/x|etc-x.drawio",
            "/tmp/x|tmp-x.drawio",
            "C:\\Windows\\system32|c-windows-system32.drawio",
            "..|design.drawio",
            "/|design.drawio",
            "Web tier|web-tier.drawio"})
    void aNameBecomesOnePlainFileName(String designName, String expected) {
        assertThat(FileNames.suggested(Design.empty(designName), ".drawio")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"a\u0000b", "a\u0000/../b"})
    void aNulInTheNameIsDropped(String designName) {
        assertThat(FileNames.suggested(Design.empty(designName), ".png")).matches("[a-z0-9-]+\\.png").doesNotContain("/");
    }
}
