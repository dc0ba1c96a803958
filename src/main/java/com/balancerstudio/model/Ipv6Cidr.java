package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Locale;

/**
 * An IPv6 CIDR block such as 2600:1f14:abc:de00::/56: a network address (no host bits set) and a prefix length,
 * always written back in the canonical text form of RFC 5952 (lower case, longest run of zero groups as "::"), the
 * form AWS shows.
 */
public record Ipv6Cidr(BigInteger network, int prefixLength) {
    private static final int BITS = 128;
    private static final BigInteger ALL = BigInteger.ONE.shiftLeft(BITS).subtract(BigInteger.ONE);

    public Ipv6Cidr {
        if (prefixLength < 0 || prefixLength > BITS) {
            throw new IllegalArgumentException("an IPv6 prefix length is 0-128, not " + prefixLength);
        }
        if (network == null || network.signum() < 0 || network.compareTo(ALL) > 0) {
            throw new IllegalArgumentException("an IPv6 address has 128 bits");
        }
        if (!network.and(hostMask(prefixLength)).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException(format(network) + "/" + prefixLength + " has host bits set");
        }
    }

    /**
     * Parses "2001:db8::/56" (any valid spelling); the message of the exception says what is wrong with the text,
     * including an address with host bits set, which names the block it belongs to.
     */
    @JsonCreator
    public static Ipv6Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an IPv6 CIDR block is required, such as 2600:1f14:abc:de00::/56");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block: it needs a prefix length, "
                    + "as in 2600:1f14:abc:de00::/56");
        }
        var address = Ipv6Text.parse(text.substring(0, slash), text);
        var prefixText = text.substring(slash + 1);
        if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > BITS) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block: the prefix length '"
                    + prefixText + "' is not a number 0-128");
        }
        int prefix = Integer.parseInt(prefixText);
        var network = address.andNot(hostMask(prefix));
        if (!network.equals(address)) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block: the address has host bits "
                    + "set; the /" + prefix + " block it lies in is " + format(network) + "/" + prefix);
        }
        return new Ipv6Cidr(network, prefix);
    }

    /** The block of {@code newBits} more prefix bits numbered {@code number}, as Terraform's cidrsubnet gives it. */
    public Ipv6Cidr subnet(int newBits, long number) {
        int length = prefixLength + newBits;
        if (newBits < 0 || length > BITS || number < 0 || BigInteger.valueOf(number).bitLength() > newBits) {
            throw new IllegalArgumentException("a /" + prefixLength + " block has no /" + length + " number " + number);
        }
        return new Ipv6Cidr(network.or(BigInteger.valueOf(number).shiftLeft(BITS - length)), length);
    }

    public boolean contains(Ipv6Cidr other) {
        return other.prefixLength >= prefixLength && other.network.andNot(hostMask(prefixLength)).equals(network);
    }

    public boolean overlaps(Ipv6Cidr other) {
        return contains(other) || other.contains(this);
    }

    private static BigInteger hostMask(int prefix) {
        return BigInteger.ONE.shiftLeft(BITS - prefix).subtract(BigInteger.ONE);
    }

    private static String format(BigInteger address) {
        return Ipv6Text.format(address);
    }

    @JsonValue
    @Override
    public String toString() {
        return format(network) + "/" + prefixLength;
    }

    /** Reading and writing the text of an IPv6 address. */
    private static final class Ipv6Text {
        private Ipv6Text() {
        }

        static BigInteger parse(String address, String whole) {
            var lower = address.toLowerCase(Locale.ROOT);
            if (lower.contains(".")) {
                throw invalid(whole, "write the address in hexadecimal groups only, without an IPv4 part");
            }
            int gap = lower.indexOf("::");
            if (gap >= 0 && gap != lower.lastIndexOf("::")) {
                throw invalid(whole, "'::' may appear only once");
            }
            var head = groups(gap < 0 ? lower : lower.substring(0, gap), whole);
            var tail = gap < 0 ? new int[0] : groups(lower.substring(gap + 2), whole);
            int written = head.length + tail.length;
            if (gap < 0 && written != 8 || gap >= 0 && written > 7) {
                throw invalid(whole, "an IPv6 address has eight groups of up to four hexadecimal digits");
            }
            var value = BigInteger.ZERO;
            for (int group : head) {
                value = value.shiftLeft(16).or(BigInteger.valueOf(group));
            }
            value = value.shiftLeft(16 * (8 - written));
            for (int group : tail) {
                value = value.shiftLeft(16).or(BigInteger.valueOf(group));
            }
            return value;
        }

        private static int[] groups(String text, String whole) {
            if (text.isEmpty()) {
                return new int[0];
            }
            var parts = text.split(":", -1);
            var groups = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].matches("[0-9a-f]{1,4}")) {
                    throw invalid(whole, "'" + parts[i] + "' is not a group of one to four hexadecimal digits");
                }
                groups[i] = Integer.parseInt(parts[i], 16);
            }
            return groups;
        }

        private static IllegalArgumentException invalid(String whole, String why) {
            return new IllegalArgumentException("'" + whole + "' is not an IPv6 CIDR block: " + why);
        }

        /** RFC 5952: lower case, no leading zeros, the first longest run of two or more zero groups as "::". */
        static String format(BigInteger address) {
            var groups = new int[8];
            for (int i = 0; i < 8; i++) {
                groups[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
            }
            int bestStart = -1;
            int bestLength = 1;
            for (int i = 0; i < 8; ) {
                int j = i;
                while (j < 8 && groups[j] == 0) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j == i ? i + 1 : j;
            }
            var text = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == bestStart) {
                    text.append("::");
                    i += bestLength - 1;
                    continue;
                }
                if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
            return text.toString();
        }
    }
}
