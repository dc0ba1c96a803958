package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when an Application or Classic Load Balancer is enabled in a subnet smaller than /27 (ELB-GEN-005): these
 * load balancers add nodes as traffic grows, and a small subnet runs out of addresses for them.
 */
public final class NodeSubnetsLargeEnoughToScale extends CatalogRule {
    public NodeSubnetsLargeEnoughToScale(Catalog catalog) {
        super(catalog, "ELB-GEN-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION && lb.type() != LoadBalancerType.CLASSIC) {
                continue;
            }
            for (var subnet : design.topology().subnetsOf(lb)) {
                if (subnet.cidrBlock().prefixLength() > AwsLimits.LOAD_BALANCER_SUBNET_RECOMMENDED_PREFIX) {
                    var values = Values.of("subnet.name", subnet.name()).and("cidr", subnet.cidrBlock())
                            .and("lb.type", lb.type().displayName()).and("lb.name", lb.name());
                    findings.add(finding(values, lb, subnet));
                }
            }
        }
        return findings;
    }
}
