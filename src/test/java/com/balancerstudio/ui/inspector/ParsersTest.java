package com.balancerstudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.rules.AwsLimits;
import org.junit.jupiter.api.Test;

class ParsersTest {
    @Test
    void wholeNumbersWithinTheAwsRange() {
        var interval = Parsers.wholeNumber(AwsLimits.HEALTH_CHECK_INTERVAL, false);
        assertThat(interval.apply(" 30 ")).isEqualTo(30);
        assertThat(interval.apply("")).as("empty means the AWS default").isNull();
        assertThatThrownBy(() -> interval.apply("301")).hasMessage("AWS allows 5-300, not 301");
        assertThatThrownBy(() -> interval.apply("ten")).hasMessage("'ten' is not a whole number");
        assertThatThrownBy(() -> Parsers.wholeNumber(null, true).apply("")).hasMessage("a whole number is required");
    }

    @Test
    void cidrBlocksSayWhatIsWrong() {
        assertThat(Parsers.cidr().apply("10.0.0.0/16")).isEqualTo(Cidr.parse("10.0.0.0/16"));
        assertThatThrownBy(() -> Parsers.cidr().apply("10.0.0.0")).hasMessageContaining("needs a prefix length");
    }

    @Test
    void ipv6BlocksAreOptionalAndSayWhatIsWrong() {
        assertThat(Parsers.ipv6Cidr().apply(" 2600:1F14:abc:de00::/56 ").toString()).isEqualTo("2600:1f14:abc:de00::/56");
        assertThat(Parsers.ipv6Cidr().apply(" ")).as("empty means none").isNull();
        assertThatThrownBy(() -> Parsers.ipv6Cidr().apply("2600:1f14::1/64")).hasMessageContaining("host bits set");
        assertThat(PropertyNames.words("assignGeneratedIpv6CidrBlock")).isEqualTo("assign generated IPv6 CIDR block");
    }

    @Test
    void propertyNamesReadAsWords() {
        assertThat(PropertyNames.words("idleTimeout")).isEqualTo("idle timeout");
        assertThat(PropertyNames.words("webAclId")).isEqualTo("web ACL");
        assertThat(PropertyNames.words("securityGroupIds")).isEqualTo("security groups");
        assertThat(PropertyNames.words("allowElbLogDelivery")).isEqualTo("allow ELB log delivery");
        assertThat(PropertyNames.range(com.balancerstudio.model.LambdaFunction.class, "timeout"))
                .isEqualTo(AwsLimits.LAMBDA_TIMEOUT);
        assertThat(PropertyNames.range("interval")).isEqualTo(AwsLimits.HEALTH_CHECK_INTERVAL);
    }
}
