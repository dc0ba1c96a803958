package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.LoadBalancerIngress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Warns when appliance instances behind a Gateway Load Balancer do not accept GENEVE, UDP 6081, from its subnets
 * (ELB-GWLB-006): each subnet of the load balancer must lie in the CIDR block of an ingress rule allowing UDP (or all
 * traffic) on that port; a Gateway Load Balancer has no security group a rule could name instead. An
 * instance without security groups gets the VPC default group, which admits only its own members. IP targets are
 * not checked: the design does not know their security groups.
 */
public final class AppliancesAcceptGeneve extends CatalogRule {
    public AppliancesAcceptGeneve(Catalog catalog) {
        super(catalog, "ELB-GWLB-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.protocol() != Protocol.GENEVE) {
                continue;
            }
            for (var lb : design.topology().loadBalancersOf(group)) {
                if (lb.type() != LoadBalancerType.GATEWAY) {
                    continue;
                }
                var closed = group.targets().stream().map(t -> t.targetId() == null ? null
                                : design.get(t.targetId(), Instance.class)).filter(Objects::nonNull)
                        .filter(instance -> !acceptsGeneve(design, instance, lb)).toList();
                if (!closed.isEmpty()) {
                    var involved = new ArrayList<Element>();
                    involved.add(group);
                    involved.addAll(closed);
                    findings.add(finding(Values.of("lb.name", lb.name()), involved.toArray(Element[]::new)));
                }
            }
        }
        return findings;
    }

    private static boolean acceptsGeneve(Design design, Instance instance, LoadBalancer lb) {
        var groups = instance.securityGroupIds().stream().map(id -> design.get(id, SecurityGroup.class))
                .filter(Objects::nonNull).toList();
        return LoadBalancerIngress.admits(design, groups, lb,
                new LoadBalancerIngress.ProtocolPort(AwsLimits.GENEVE_PORT, AwsLimits.GENEVE_IP_PROTOCOL));
    }
}
