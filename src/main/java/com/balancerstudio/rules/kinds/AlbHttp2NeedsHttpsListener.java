package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Notes an Application Load Balancer that forwards to HTTP/2 or gRPC target groups while clients cannot speak HTTP/2
 * to it (ELB-ALB-007): it negotiates HTTP/2 only on HTTPS listeners, and only while HTTP/2 is enabled. When HTTP/2
 * is merely switched off, the quick fix switches it back on; a missing HTTPS listener needs a certificate only the
 * designer can choose.
 */
public final class AlbHttp2NeedsHttpsListener extends CatalogRule {
    private static final String HTTP2_PROTOCOL_VERSION = "HTTP2";

    public AlbHttp2NeedsHttpsListener(Catalog catalog) {
        super(catalog, "ELB-ALB-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION || !expectsHttp2(design, lb)) {
                continue;
            }
            boolean https = topology.listenersOf(lb).stream().anyMatch(l -> l.protocol() == Protocol.HTTPS);
            boolean disabled = Boolean.FALSE.equals(lb.enableHttp2());
            if (!https || disabled) {
                Edit fix = https ? Edits.change(design, lb.withHttp2(true),
                        "Enable HTTP/2 on '" + lb.name() + "'") : null;
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }

    /** Whether a target group behind it speaks HTTP/2 or gRPC, which only HTTP/2 clients can reach end to end. */
    private static boolean expectsHttp2(Design design, LoadBalancer lb) {
        return design.topology().targetGroupsOf(lb).stream().map(g -> g.protocolVersion())
                .filter(java.util.Objects::nonNull).map(v -> v.toUpperCase(Locale.ROOT))
                .anyMatch(v -> v.equals(HTTP2_PROTOCOL_VERSION) || v.equals(AwsLimits.GRPC_PROTOCOL_VERSION));
    }
}
