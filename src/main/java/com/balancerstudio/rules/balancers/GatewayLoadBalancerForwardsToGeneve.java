package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Checks that a Gateway Load Balancer's listeners forward only to GENEVE target groups on the GENEVE port. */
public final class GatewayLoadBalancerForwardsToGeneve extends CatalogRule {
    public GatewayLoadBalancerForwardsToGeneve(Catalog catalog) {
        super(catalog, "ELB-GWLB-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.GATEWAY) {
                continue;
            }
            for (var group : design.topology().targetGroupsOf(lb)) {
                if (!isGeneve(group)) {
                    findings.add(finding(Values.of("lb.name", lb.name()), lb, group));
                }
            }
        }
        return findings;
    }

    private static boolean isGeneve(TargetGroup group) {
        return group.protocol() == Protocol.GENEVE && Objects.equals(group.port(), AwsLimits.GENEVE_PORT);
    }
}
