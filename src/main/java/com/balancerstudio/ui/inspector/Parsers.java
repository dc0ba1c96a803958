package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Ipv6Cidr;
import com.balancerstudio.rules.AwsLimits;
import java.util.function.Function;

/** Turns what is typed into a property value, or says exactly what is wrong with it. */
public final class Parsers {
    private Parsers() {
    }

    /** A whole number within the AWS range (if any); empty text is the AWS default (null) unless required. */
    public static Function<String, Object> wholeNumber(AwsLimits.Range range, boolean required) {
        return text -> {
            var trimmed = text.strip();
            if (trimmed.isEmpty()) {
                if (required) {
                    throw new IllegalArgumentException("a whole number is required");
                }
                return null;
            }
            long value;
            try {
                value = Long.parseLong(trimmed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a whole number");
            }
            if (range != null && !range.contains(value)) {
                throw new IllegalArgumentException("AWS allows " + range + ", not " + value);
            }
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                throw new IllegalArgumentException(value + " is too large");
            }
            return (int) value;
        };
    }

    /** A CIDR block, with {@link Cidr#parse}'s message when the text is not one. */
    public static Function<String, Object> cidr() {
        return text -> Cidr.parse(text.strip());
    }

    /** An IPv6 CIDR block (empty text: none), with {@link Ipv6Cidr#parse}'s message when the text is not one. */
    public static Function<String, Object> ipv6Cidr() {
        return text -> text.isBlank() ? null : Ipv6Cidr.parse(text.strip());
    }

    /** Text; empty text is the AWS default (null) unless required. */
    public static Function<String, Object> text(boolean required) {
        return text -> {
            if (text.isBlank()) {
                if (required) {
                    throw new IllegalArgumentException("this cannot be empty");
                }
                return null;
            }
            return text.strip();
        };
    }

    /**
     * An IPv4 address (empty text: none) inside the subnet's CIDR block and not one of the addresses AWS reserves in
     * every subnet.
     */
    public static Function<String, Object> addressIn(Cidr subnet) {
        return text -> {
            var trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return null;
            }
            Cidr address;
            try {
                address = trimmed.contains("/") ? null : Cidr.parse(trimmed + "/32");
            } catch (IllegalArgumentException e) {
                address = null;
            }
            if (address == null) {
                throw new IllegalArgumentException("'" + trimmed + "' is not an IPv4 address such as 10.0.1.10");
            }
            if (!subnet.contains(address)) {
                throw new IllegalArgumentException(trimmed + " is outside the subnet's " + subnet);
            }
            long offset = address.network() - subnet.network();
            if (offset < AwsLimits.SUBNET_RESERVED_FIRST_ADDRESSES
                    || address.network() > subnet.lastAddress() - AwsLimits.SUBNET_RESERVED_LAST_ADDRESSES) {
                throw new IllegalArgumentException(trimmed + " is reserved by AWS: the first "
                        + AwsLimits.SUBNET_RESERVED_FIRST_ADDRESSES + " and the last address of " + subnet
                        + " cannot be used");
            }
            return trimmed;
        };
    }
}
