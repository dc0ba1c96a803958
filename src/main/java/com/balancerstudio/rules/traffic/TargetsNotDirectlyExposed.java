package com.balancerstudio.rules.traffic;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reports a target of an internet-facing load balancer that sits in a public subnet or has a public address, so
 * clients can reach it without going through the load balancer (ELB-SEC-001).
 */
public final class TargetsNotDirectlyExposed extends CatalogRule {
    public TargetsNotDirectlyExposed(Catalog catalog) {
        super(catalog, "ELB-SEC-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            // A Gateway Load Balancer has no scheme: it is never internet-facing.
            if (!lb.internetFacing()) {
                continue;
            }
            var targets = new LinkedHashSet<Element>();
            for (var owner : TargetOwner.servedBy(design, lb)) {
                owner.targets().stream().map(TargetOwner.Target::element).filter(Instance.class::isInstance)
                        .forEach(targets::add);
                targets.addAll(owner.autoScalingGroups());
            }
            for (var target : targets) {
                if (target instanceof Instance instance && exposed(design, instance)) {
                    findings.add(finding(values(target, lb), quickFix(design, instance), instance, lb));
                } else if (target instanceof AutoScalingGroup asg && exposed(design, asg)) {
                    findings.add(finding(values(target, lb), asg, lb));
                }
            }
        }
        return findings;
    }

    private static Values values(Element target, LoadBalancer lb) {
        return Values.of("target", target.name()).and("lb.name", lb.name());
    }

    private static boolean exposed(Design design, Instance instance) {
        var subnet = design.get(instance.parent(), Subnet.class);
        return subnet != null && design.topology().isPublic(subnet) || hasPublicAddress(instance, subnet);
    }

    /** An unset choice takes the subnet's "auto-assign public IPv4 address" setting, as EC2 does at launch. */
    private static boolean hasPublicAddress(Instance instance, Subnet subnet) {
        if (instance.elasticIpId() != null) {
            return true;
        }
        return instance.associatePublicIpAddress() != null ? instance.associatePublicIpAddress()
                : subnet != null && subnet.mapPublicIpOnLaunch();
    }

    private static boolean exposed(Design design, AutoScalingGroup asg) {
        return asg.subnetIds().stream().map(id -> design.get(id, Subnet.class))
                .anyMatch(subnet -> subnet != null && (design.topology().isPublic(subnet) || subnet.mapPublicIpOnLaunch()));
    }

    /** In a private subnet only the address exposes the instance, and dropping it is the whole fix. */
    private static Edit quickFix(Design design, Instance instance) {
        var subnet = design.get(instance.parent(), Subnet.class);
        if (subnet == null || design.topology().isPublic(subnet)) {
            return null;
        }
        var changed = new Instance(instance.id(), instance.name(), instance.parent(), instance.bounds(),
                instance.instanceType(), false, instance.securityGroupIds(), null, instance.instanceState());
        return Edits.change(design, changed, "Remove the public address of '" + instance.name() + "'");
    }
}
