package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.rules.AwsLimits;
import java.util.Locale;
import java.util.Map;

/** How a record component is shown to a person: its words ("idle timeout") and the range AWS allows, if any. */
public final class PropertyNames {
    private static final Map<String, AwsLimits.Range> RANGES = Map.of(
            "port", AwsLimits.LISTENER_PORT,
            "instancePort", AwsLimits.LISTENER_PORT,
            "interval", AwsLimits.HEALTH_CHECK_INTERVAL,
            "timeout", AwsLimits.HEALTH_CHECK_TIMEOUT,
            "healthyThreshold", AwsLimits.HEALTH_CHECK_THRESHOLD,
            "unhealthyThreshold", AwsLimits.HEALTH_CHECK_THRESHOLD,
            "deregistrationDelay", AwsLimits.DEREGISTRATION_DELAY,
            "priority", AwsLimits.RULE_PRIORITY);

    private PropertyNames() {
    }

    /** "idleTimeout" becomes "idle timeout"; "webAclId" becomes "web ACL". */
    public static String words(String component) {
        var spaced = component.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        spaced = spaced.replaceAll(" ids$", "s").replaceAll(" id$", "");
        return spaced.replace("acl", "ACL").replace("http2", "HTTP/2").replace("ip ", "IP ").replace("ssl", "SSL")
                .replace("cidr", "CIDR").replace("ipv4", "IPv4").replace("ipv6", "IPv6").replace("elb", "ELB");
    }

    /** The AWS range of a whole-number property of a record of the given type (a Lambda timeout is no health check's). */
    public static AwsLimits.Range range(Class<?> owner, String component) {
        if (owner == LambdaFunction.class && component.equals("timeout")) {
            return AwsLimits.LAMBDA_TIMEOUT;
        }
        return range(component);
    }

    /** The AWS range of a whole-number property, or null when AWS sets none that the rules know. */
    public static AwsLimits.Range range(String component) {
        return RANGES.get(component);
    }
}
