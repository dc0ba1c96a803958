package com.balancerstudio.importing.hcl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** An IP prefix such as 10.0.0.0/16 or 2001:db8::/32, read and written without any name lookup. */
record IpPrefix(BigInteger network, int length, int bits) {
    static IpPrefix parse(String text, Arguments a) throws HclException {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw a.error("\"" + text + "\" is not a CIDR prefix such as 10.0.0.0/16");
        }
        var addressText = text.substring(0, slash);
        BigInteger address = addressText.contains(":") ? ipv6(addressText) : ipv4(addressText);
        int bits = addressText.contains(":") ? 128 : 32;
        int length = -1;
        if (text.substring(slash + 1).matches("\\d{1,3}")) {
            length = Integer.parseInt(text.substring(slash + 1));
        }
        if (address == null || length < 0 || length > bits) {
            throw a.error("\"" + text + "\" is not a CIDR prefix such as 10.0.0.0/16");
        }
        var hostMask = BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
        return new IpPrefix(address.andNot(hostMask), length, bits);
    }

    private static BigInteger ipv4(String text) {
        var parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long value = 0;
        for (var part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return null;
            }
            value = value * 256 + Integer.parseInt(part);
        }
        return BigInteger.valueOf(value);
    }

    private static BigInteger ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap != text.lastIndexOf("::")) {
            return null;
        }
        var head = groups(gap < 0 ? text : text.substring(0, gap));
        var tail = gap < 0 ? List.<Integer>of() : groups(text.substring(gap + 2));
        if (head == null || tail == null || head.size() + tail.size() > (gap < 0 ? 8 : 7)
                || gap < 0 && head.size() != 8) {
            return null;
        }
        var all = new ArrayList<>(head);
        while (all.size() + tail.size() < 8) {
            all.add(0);
        }
        all.addAll(tail);
        var value = BigInteger.ZERO;
        for (int group : all) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return value;
    }

    private static List<Integer> groups(String text) {
        var groups = new ArrayList<Integer>();
        if (text.isEmpty()) {
            return groups;
        }
        for (var part : text.split(":", -1)) {
            if (!part.matches("[0-9a-fA-F]{1,4}")) {
                return null;
            }
            groups.add(Integer.parseInt(part, 16));
        }
        return groups;
    }

    /** Dotted quad for IPv4; for IPv6 the shortest form, the longest run of zero groups written as '::'. */
    static String format(BigInteger address, int bits) {
        if (bits == 32) {
            long value = address.longValue();
            return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xffff;
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
        var out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
