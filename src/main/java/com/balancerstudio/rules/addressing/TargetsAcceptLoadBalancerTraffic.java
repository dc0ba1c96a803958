package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.LoadBalancerIngress;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about an instance target whose security groups let neither the load balancer's security groups nor its
 * subnets in on the traffic port or the health-check port (ELB-TGT-011). Instances without security groups in the
 * design are not judged (the design does not say what AWS would attach), nor are Gateway Load Balancers, whose
 * GENEVE traffic ELB-GWLB-006 checks.
 */
public final class TargetsAcceptLoadBalancerTraffic extends CatalogRule {
    public TargetsAcceptLoadBalancerTraffic(Catalog catalog) {
        super(catalog, "ELB-TGT-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.GATEWAY || lb.type() == LoadBalancerType.CLASSIC) {
                continue;
            }
            for (var group : design.topology().targetGroupsOf(lb)) {
                for (var target : group.targets()) {
                    var instance = design.get(target.targetId(), Instance.class);
                    var groups = instance == null ? null : LoadBalancerIngress.securityGroups(design, instance.securityGroupIds());
                    if (groups == null || groups.isEmpty()) {
                        continue;
                    }
                    for (var port : LoadBalancerIngress.targetPorts(lb, group, target.port())) {
                        if (!LoadBalancerIngress.admits(design, groups, lb, port)) {
                            findings.add(finding(Values.of("target", instance.name()).and("lb.name", lb.name())
                                    .and("port", port.port()), instance, lb));
                        }
                    }
                }
            }
        }
        return findings;
    }
}
