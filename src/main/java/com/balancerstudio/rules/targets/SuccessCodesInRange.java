package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports health check success codes that are not "code", "code,code..." or "low-high", or fall outside what the
 * load balancer kind accepts: ALB 200-499 (gRPC 0-99), NLB 200-599, GWLB exactly 200-399 (ELB-HC-008). A matcher
 * on a non-HTTP health check is ELB-HC-007's finding.
 */
public final class SuccessCodesInRange extends CatalogRule {
    private static final Pattern CODE_LIST = Pattern.compile("\\d{1,3}(,\\d{1,3})*");
    private static final Pattern CODE_RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");

    public SuccessCodesInRange(Catalog catalog) {
        super(catalog, "ELB-HC-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var matcher = group.healthCheck().matcher();
            if (matcher == null || !HealthCheckProtocols.isHttp(HealthCheckProtocols.effective(group))) {
                continue;
            }
            var kind = TargetGroupKind.of(design, group);
            String allowed;
            boolean valid;
            if (kind == LoadBalancerType.GATEWAY) {
                allowed = AwsLimits.GWLB_SUCCESS_CODES;
                valid = allowed.equals(matcher.strip());
            } else {
                var range = range(kind, group);
                allowed = range.toString();
                valid = within(matcher.strip(), range);
            }
            if (!valid) {
                findings.add(finding(Values.of("matcher", matcher).and("tg.name", group.name())
                        .and("range", allowed), group));
            }
        }
        return findings;
    }

    private static AwsLimits.Range range(LoadBalancerType kind, TargetGroup group) {
        if (kind == LoadBalancerType.NETWORK) {
            return AwsLimits.NLB_SUCCESS_CODES;
        }
        return AwsLimits.GRPC_PROTOCOL_VERSION.equalsIgnoreCase(group.protocolVersion())
                ? AwsLimits.GRPC_SUCCESS_CODES : AwsLimits.ALB_SUCCESS_CODES;
    }

    private static boolean within(String matcher, AwsLimits.Range range) {
        var span = CODE_RANGE.matcher(matcher);
        if (span.matches()) {
            int low = Integer.parseInt(span.group(1));
            int high = Integer.parseInt(span.group(2));
            return low <= high && range.contains(low) && range.contains(high);
        }
        if (!CODE_LIST.matcher(matcher).matches()) {
            return false;
        }
        for (var code : matcher.split(",")) {
            if (!range.contains(Integer.parseInt(code))) {
                return false;
            }
        }
        return true;
    }
}
