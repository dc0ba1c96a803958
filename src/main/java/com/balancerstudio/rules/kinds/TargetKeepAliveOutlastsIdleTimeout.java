package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets whose application closes idle HTTP connections no later than the load balancer does (ELB-IDLE-005): the load
 * balancer may then send a request on a connection the target is closing and answer 502. The design records the
 * application's keep-alive timeout on the target groups of an Application Load Balancer, and on a Classic Load Balancer
 * (with an HTTP or HTTPS listener) for its instances; where the design does not say, nothing is checked. No quick fix:
 * the timeout lives in the application's web server settings.
 */
public final class TargetKeepAliveOutlastsIdleTimeout extends CatalogRule {
    public TargetKeepAliveOutlastsIdleTimeout(Catalog catalog) {
        super(catalog, "ELB-IDLE-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            int idle = lb.idleTimeout() != null ? lb.idleTimeout() : AwsLimits.IDLE_TIMEOUT_DEFAULT;
            if (lb.type() == LoadBalancerType.APPLICATION) {
                for (var group : design.topology().targetGroupsOf(lb)) {
                    var keepAlive = group.targetKeepAliveSeconds();
                    if (keepAlive != null && keepAlive <= idle && group.targetType() != TargetType.LAMBDA) {
                        findings.add(finding(values(lb, keepAlive, idle), lb, group));
                    }
                }
            } else if (lb.type() == LoadBalancerType.CLASSIC && lb.targetKeepAliveSeconds() != null
                    && lb.targetKeepAliveSeconds() <= idle && speaksHttp(design, lb)) {
                findings.add(finding(values(lb, lb.targetKeepAliveSeconds(), idle), lb));
            }
        }
        return findings;
    }

    private static Values values(LoadBalancer lb, int keepAlive, int idle) {
        return Values.of("lb.name", lb.name()).and("backend", keepAlive).and("idle", idle);
    }

    /** Back-end keep-alive matters to a Classic Load Balancer on its HTTP and HTTPS listeners, not on TCP or SSL ones. */
    private static boolean speaksHttp(Design design, LoadBalancer clb) {
        return design.topology().listenersOf(clb).stream()
                .anyMatch(l -> l.protocol() == Protocol.HTTP || l.protocol() == Protocol.HTTPS);
    }
}
