package com.balancerstudio.export.terraform;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names AWS accepts for load balancers and target groups, made from design names that may not be valid ones. */
final class AwsNames {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html and
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html and
    // https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CreateLoadBalancer.html
    // (at most 32 characters, letters, digits and hyphens, not beginning or ending with a hyphen)
    static final int LOAD_BALANCING_NAME_MAX_LENGTH = 32;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html
    // (a load balancer name must not begin with "internal-")
    private static final String RESERVED_PREFIX = "internal-";

    private AwsNames() {
    }

    /** The name itself when AWS accepts it for a load balancer or target group, else the closest name it does. */
    static String loadBalancing(String name) {
        if (isValid(name)) {
            return name;
        }
        var cleaned = name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-");
        if (cleaned.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
            cleaned = cleaned.substring(RESERVED_PREFIX.length());
        }
        if (cleaned.length() > LOAD_BALANCING_NAME_MAX_LENGTH) {
            cleaned = cleaned.substring(0, LOAD_BALANCING_NAME_MAX_LENGTH);
        }
        cleaned = cleaned.replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "unnamed" : cleaned;
    }

    static boolean isValid(String name) {
        return name.length() <= LOAD_BALANCING_NAME_MAX_LENGTH && VALID.matcher(name).matches()
                && !name.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX);
    }
}
