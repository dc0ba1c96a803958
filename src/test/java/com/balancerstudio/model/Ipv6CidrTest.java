package com.balancerstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** IPv6 CIDR blocks are read in any valid spelling, kept in the canonical one, and refused with a reason. */
class Ipv6CidrTest {
    @ParameterizedTest
    @CsvSource({
            "2600:1F14:0ABC:DE00:0000:0000:0000:0000/56, 2600:1f14:abc:de00::/56",
            "2001:db8:0:0:1:0:0:0/80, 2001:db8:0:0:1::/80",
            "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1/128",
            "::/0, ::/0",
            "2001:db8::/32, 2001:db8::/32",
            "2001:0:0:1::/64, 2001:0:0:1::/64",
            "fe80:0:0:0:0:0:0:1/128, fe80::1/128"})
    void anyValidSpellingIsKeptInCanonicalForm(String written, String canonical) {
        assertThat(Ipv6Cidr.parse(written).toString()).isEqualTo(canonical);
        assertThat(Ipv6Cidr.parse(written)).isEqualTo(Ipv6Cidr.parse(canonical));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2600:1f14:abc:de01::/56|the address has host bits set; the /56 block it lies in is 2600:1f14:abc:de00::/56",
            "2600:1f14::|it needs a prefix length",
            "2600:1f14::/129|the prefix length '129' is not a number 0-128",
            "2600:1g14::/32|'1g14' is not a group of one to four hexadecimal digits",
            "2600::1f14::/32|'::' may appear only once",
            "1:2:3:4:5:6:7/64|an IPv6 address has eight groups",
            "10.0.0.0/16|write the address in hexadecimal groups only",
            "12345::/16|'12345' is not a group"})
    void badTextSaysWhatIsWrong(String text, String reason) {
        assertThatThrownBy(() -> Ipv6Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + text + "' is not an IPv6 CIDR block: ").hasMessageContaining(reason);
    }

    @Test
    void subnetsAndContainmentFollowTerraformsCidrsubnet() {
        var vpc = Ipv6Cidr.parse("2600:1f14:abc:de00::/56");

        assertThat(vpc.subnet(8, 0)).hasToString("2600:1f14:abc:de00::/64");
        assertThat(vpc.subnet(8, 255)).hasToString("2600:1f14:abc:deff::/64");
        assertThat(vpc.contains(vpc.subnet(8, 17))).isTrue();
        assertThat(vpc.contains(Ipv6Cidr.parse("2600:1f14:abc:df00::/64"))).isFalse();
        assertThat(vpc.subnet(8, 1).contains(vpc)).isFalse();
        assertThatThrownBy(() -> vpc.subnet(8, 256)).isInstanceOf(IllegalArgumentException.class);
    }
}
