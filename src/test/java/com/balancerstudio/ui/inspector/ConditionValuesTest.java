package com.balancerstudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConditionField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionValuesTest {
    @Test
    void valuesAreSplitOnCommasAndCheckedForTheirField() {
        assertThat(ConditionValues.parser(ConditionField.PATH_PATTERN, 0).apply(" /orders , /orders/* ,"))
                .isEqualTo(List.of("/orders", "/orders/*"));
        assertThat(ConditionValues.parser(ConditionField.SOURCE_IP, 0).apply("203.0.113.0/24"))
                .isEqualTo(List.of("203.0.113.0/24"));
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.SOURCE_IP, 0).apply("203.0.113.7"))
                .hasMessageContaining("needs a prefix length");
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.HOST_HEADER, 0).apply("localhost"))
                .hasMessageStartingWith("'localhost' is not a host pattern");
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.PATH_PATTERN, 0).apply("/a b"))
                .hasMessageStartingWith("'/a b' is not a path pattern");
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.HTTP_REQUEST_METHOD, 0).apply("get"))
                .hasMessageStartingWith("'get' is not a request method");
        assertThat(ConditionValues.parser(ConditionField.QUERY_STRING, 0).apply("version=v2"))
                .isEqualTo(List.of("version=v2"));
    }

    @Test
    void awsLimitsTheValuesOfAConditionAndOfARule() {
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.PATH_PATTERN, 0).apply(" , "))
                .hasMessage("a path-pattern condition needs at least one value");
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.PATH_PATTERN, 0).apply("/a, /b, /c, /d"))
                .hasMessage("AWS allows up to 3 values per condition, not 4");
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.PATH_PATTERN, 4).apply("/a, /b"))
                .hasMessage("AWS allows up to 5 values per rule; its other conditions hold 4");
        assertThatThrownBy(() -> ConditionValues.parser(ConditionField.PATH_PATTERN, 0).apply("/" + "a".repeat(128)))
                .hasMessageContaining("longer than the 128 characters AWS allows");
    }

    @Test
    void headerNamesAreTokens() {
        assertThat(ConditionValues.headerName().apply(" X-Canary ")).isEqualTo("X-Canary");
        assertThatThrownBy(() -> ConditionValues.headerName().apply("X Canary"))
                .hasMessageStartingWith("'X Canary' is not a header name");
        assertThatThrownBy(() -> ConditionValues.headerName().apply(""))
                .hasMessage("an http-header condition needs the header's name");
    }

    @Test
    void aNodeAddressLiesInsideItsSubnetAndOutsideTheAddressesAwsReserves() {
        var subnet = Cidr.parse("10.20.0.0/24");
        assertThat(Parsers.addressIn(subnet).apply("10.20.0.10")).isEqualTo("10.20.0.10");
        assertThat(Parsers.addressIn(subnet).apply(" ")).as("empty: AWS assigns one").isNull();
        assertThatThrownBy(() -> Parsers.addressIn(subnet).apply("10.20.1.10"))
                .hasMessage("10.20.1.10 is outside the subnet's 10.20.0.0/24");
        assertThatThrownBy(() -> Parsers.addressIn(subnet).apply("10.20.0.3"))
                .hasMessageStartingWith("10.20.0.3 is reserved by AWS");
        assertThatThrownBy(() -> Parsers.addressIn(subnet).apply("10.20.0.255"))
                .hasMessageStartingWith("10.20.0.255 is reserved by AWS");
        assertThat(Parsers.addressIn(subnet).apply("10.20.0.254")).isEqualTo("10.20.0.254");
        assertThatThrownBy(() -> Parsers.addressIn(subnet).apply("10.20.0.300"))
                .hasMessage("'10.20.0.300' is not an IPv4 address such as 10.0.1.10");
        assertThatThrownBy(() -> Parsers.addressIn(subnet).apply("10.20.0.10/32"))
                .hasMessage("'10.20.0.10/32' is not an IPv4 address such as 10.0.1.10");
    }
}
