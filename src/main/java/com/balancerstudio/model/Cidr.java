package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An IPv4 CIDR block such as 10.0.0.0/16, kept as written and parsed into a network address and prefix length. */
public record Cidr(String text, long address, int prefixLength) {

    public Cidr {
        // A block is always written as text; anything else (an object in a design file, say) is no block at all.
        if (text == null) {
            throw new IllegalArgumentException("a CIDR block is required, written as text such as 10.0.0.0/16");
        }
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length must be 0-32 in '" + text + "'");
        }
    }

    /** Parses "a.b.c.d/n"; the message of the exception says what is wrong with the text. */
    @JsonCreator
    public static Cidr parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a CIDR block is required, such as 10.0.0.0/16");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block: it needs a prefix length, as in 10.0.0.0/16");
        }
        String[] octets = text.substring(0, slash).split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block: the address needs four numbers 0-255");
        }
        long address = 0;
        for (String octet : octets) {
            int value = parseNumber(octet, 255, text);
            address = (address << 8) | value;
        }
        int prefix = parseNumber(text.substring(slash + 1), 32, text);
        return new Cidr(text, address, prefix);
    }

    private static int parseNumber(String part, int max, String whole) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + whole + "' is not a CIDR block: '" + part + "' is not a number 0-" + max);
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new IllegalArgumentException("'" + whole + "' is not a CIDR block: '" + part + "' has a leading zero");
        }
        int value = Integer.parseInt(part);
        if (value > max) {
            throw new IllegalArgumentException("'" + whole + "' is not a CIDR block: " + value + " is above " + max);
        }
        return value;
    }

    /** The first address of the block (host bits cleared). */
    public long network() {
        return address & mask();
    }

    public long lastAddress() {
        return network() | (~mask() & 0xFFFFFFFFL);
    }

    public long addressCount() {
        return 1L << (32 - prefixLength);
    }

    /** Whether the address has no host bits set (AWS rejects 10.0.0.5/16). */
    public boolean isCanonical() {
        return address == network();
    }

    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && other.network() >= network() && other.lastAddress() <= lastAddress();
    }

    public boolean overlaps(Cidr other) {
        return other.network() <= lastAddress() && network() <= other.lastAddress();
    }

    private long mask() {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
