package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gives one clear message naming the place, and never a half-loaded design. */
class BadDesignFileTest {
    @TempDir
    Path folder;

    private final String good = DesignFile.toJson(Fixtures.webTier());

    private DesignFileException failure(String json) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(DesignFileException.class,
                () -> DesignFile.parse(json, "bad.balancer.json"));
        assertThat(thrown).as("expected the file to be refused").isNotNull();
        assertThat(thrown.getMessage()).doesNotContain("com.balancerstudio", "java.lang", "Exception");
        return thrown;
    }

    @Test
    void brokenJsonNamesTheLine() {
        var e = failure(good.replaceFirst("\"name\": \"Web tier\",", "\"name\": \"Web tier\""));
        assertThat(e.getMessage()).startsWith("bad.balancer.json:4: ").contains("not valid JSON");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void aFileCutShortSaysWhichListWasLeftOpenWithoutQuotingTheFile() {
        var e = failure("{\"formatVersion\": 3,\n \"name\": \"x\",\n \"elements\": [");
        assertThat(e.getMessage()).isEqualTo("bad.balancer.json:3: not valid JSON: Unexpected end-of-input: expected"
                + " close marker for Array opened on line 3");
    }

    @Test
    void emptyFile() {
        assertThat(failure("  \n").getMessage()).isEqualTo("bad.balancer.json: the file is empty");
    }

    @Test
    void notAnObject() {
        assertThat(failure("[1, 2]").getMessage()).contains("a design file holds one JSON object");
    }

    @Test
    void missingFormatVersion() {
        assertThat(failure("{\"name\": \"x\", \"elements\": []}").getMessage())
                .contains("missing required property 'formatVersion'");
    }

    @Test
    void newerFormatVersion() {
        var e = failure(good.replace("\"formatVersion\": 3", "\"formatVersion\": 7"));
        assertThat(e.getMessage()).contains("format 7 by a newer Balancer Studio").contains("up to 3");
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void unknownPropertyNamesPathAndLine() {
        var json = good.replace("\"enable_dns_hostnames\": true", "\"enable_dns\": true");
        var e = failure(json);
        assertThat(e.jsonPath()).as(e.getMessage()).isEqualTo("$.elements[1].enable_dns");
        assertThat(e.getMessage()).contains("unknown property 'enable_dns'").contains("bounds, cidr_block, enable_dns_hostnames");
        // Record properties are buffered, so the line may be where the element ends, just after the property.
        assertThat(e.line()).isBetween(lineOf(json, "\"enable_dns\""), lineOf(json, "\"enable_dns\"") + 1);
    }

    @Test
    void aSettingAwsDoesNotHaveIsRefusedWithWhatAwsSays() throws Exception {
        var sample = Files.readString(Path.of("sample-designs/classic-load-balancer-legacy" + DesignFile.EXTENSION));
        var json = sample.replaceFirst("\"type\": \"nat_gateway\",",
                "\"type\": \"nat_gateway\", \"security_group_ids\": [\"web-sg\"],");
        assertThat(json).isNotEqualTo(sample);

        var e = failure(json);

        assertThat(e.jsonPath()).endsWith(".security_group_ids");
        assertThat(e.getMessage()).contains("'security_group_ids' is not allowed: NAT gateways do not support "
                + "security groups (NET-NAT-010)");
        assertThat(DesignFile.parse(sample, "good.balancer.json")).isNotNull();
    }

    @Test
    void missingRequiredValue() {
        var e = failure(good.replace("\"cidr_block\": \"10.0.0.0/16\",", ""));
        assertThat(e.jsonPath()).isEqualTo("$.elements[1]");
        assertThat(e.getMessage()).contains("cidr_block is required");
    }

    @Test
    void wrongTypeOfValue() {
        var e = failure(good.replace("\"port\": 443", "\"port\": \"four-four-three\""));
        assertThat(e.jsonPath()).endsWith(".port");
        assertThat(e.getMessage()).endsWith(": expected a whole number");
    }

    @Test
    void wrongEnumValueListsTheAllowedOnes() {
        var e = failure(good.replace("\"load_balancer_type\": \"application\"", "\"load_balancer_type\": \"fancy\""));
        assertThat(e.jsonPath()).endsWith(".load_balancer_type");
        assertThat(e.getMessage()).contains("'fancy' is not one of application, network, gateway, classic");
    }

    @Test
    void malformedCidr() {
        var e = failure(good.replace("\"10.0.0.0/24\"", "\"10.0.0.300/24\""));
        assertThat(e.getMessage()).contains("'10.0.0.300/24' is not a CIDR block: 300 is above 255");
    }

    @Test
    void numbersAreNotText() {
        var e = failure(good.replace("\"name\": \"Web tier\"", "\"name\": 42"));
        assertThat(e.jsonPath()).isEqualTo("$.name");
        assertThat(e.getMessage()).endsWith("'42' is not text");
    }

    @Test
    void cidrWithLeadingZero() {
        var e = failure(good.replace("\"10.0.0.0/16\"", "\"010.0.0.0/16\""));
        assertThat(e.getMessage()).contains("'010.0.0.0/16' is not a CIDR block: '010' has a leading zero");
    }

    @Test
    void elementWithoutId() {
        var e = failure(good.replace("\"id\": \"eip-b\",", ""));
        assertThat(e.getMessage()).contains("Elastic IP 'eip-b' has no id");
        assertThat(e.jsonPath()).isEqualTo("$.elements[10].id");
    }

    @Test
    void referenceToTheWrongKindOfElement() {
        var e = failure(good.replace("\"target\": \"igw\"", "\"target\": \"eip-a\""));
        assertThat(e.getMessage()).contains("refers to Elastic IP 'eip-a' where a Internet gateway or NAT gateway or "
                + "GWLB endpoint is expected");
    }

    @Test
    void unknownElementType() {
        var e = failure(good.replace("\"type\": \"vpc\"", "\"type\": \"spaceship\""));
        assertThat(e.getMessage()).contains("'spaceship' is not a known type");
        assertThat(e.jsonPath()).isEqualTo("$.elements[1]");
    }

    @Test
    void danglingReferenceNamesTheProperty() {
        var e = failure(good.replace("\"vpc_id\": \"vpc\"", "\"vpc_id\": \"vpc-gone\""));
        assertThat(e.getMessage()).contains("refers to 'vpc-gone', which is not in the design");
        assertThat(e.jsonPath()).isEqualTo("$.elements[2].vpc_id");
        assertThat(e.line()).isPositive();
    }

    @Test
    void elementInTheWrongContainer() {
        var e = failure(good.replace("\"parent\": \"us-east-1a\"", "\"parent\": \"vpc\""));
        assertThat(e.getMessage()).contains("Subnet 'public-a' cannot be inside VPC 'vpc': a Subnet must be placed inside a Availability Zone");
        assertThat(e.jsonPath()).isEqualTo("$.elements[5].parent");
    }

    @Test
    void duplicateIds() {
        var e = failure(good.replace("\"id\": \"eip-b\"", "\"id\": \"eip-a\""));
        assertThat(e.getMessage()).contains("two elements have the id 'eip-a'");
    }

    @Test
    void duplicateKeys() {
        var e = failure(good.replace("\"name\": \"Web tier\",", "\"name\": \"Web tier\", \"name\": \"again\","));
        assertThat(e.getMessage()).contains("Duplicate field 'name'");
    }

    @Test
    void binaryFileIsNotText() throws Exception {
        var file = folder.resolve("picture.balancer.json");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> DesignFile.read(file)).isInstanceOf(DesignFileException.class)
                .hasMessageContaining("is not a text file in UTF-8");
    }

    @Test
    void missingFileAndDirectory() {
        assertThatThrownBy(() -> DesignFile.read(folder.resolve("nope.balancer.json")))
                .hasMessageEndingWith("nope.balancer.json: no such file");
        assertThatThrownBy(() -> DesignFile.read(folder)).hasMessageContaining("is a directory");
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
