package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/**
 * The XML factories of the draw.io writer (the only XML the program handles; nothing reads XML) refuse a document type
 * with an external entity before reading what it points at, so no file of the machine can leak into a document.
 */
class SafeXmlTest {
    @TempDir
    Path temp;

    @Test
    void theDocumentBuilderRefusesADoctypeWithAnExternalEntity() throws Exception {
        var secret = Files.writeString(temp.resolve("secret.txt"), "do not read me");
        var hostile = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><x>&e;</x>";
        var builder = SafeXml.documentBuilders().newDocumentBuilder();

        assertThatThrownBy(() -> builder.parse(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("DOCTYPE is disallowed");
    }

    @Test
    void theSerializerRefusesToFetchAnExternalDocumentType() throws Exception {
        var dtd = Files.writeString(temp.resolve("outside.dtd"), "<!ENTITY e \"leaked\">");
        var hostile = "<!DOCTYPE x SYSTEM \"" + dtd.toUri() + "\"><x>&e;</x>";
        var transformer = SafeXml.transformers().newTransformer();
        var out = new StringWriter();

        assertThatThrownBy(() -> transformer.transform(new StreamSource(new StringReader(hostile)), new StreamResult(out)))
                .isInstanceOf(TransformerException.class).hasMessageContaining("accessExternalDTD");
        assertThat(out.toString()).doesNotContain("leaked");
    }
}
