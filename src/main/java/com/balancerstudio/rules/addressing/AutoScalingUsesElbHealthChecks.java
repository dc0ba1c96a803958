package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.AsgHealthCheckType;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about an Auto Scaling group behind a load balancer that replaces instances on EC2 status checks only, keeping
 * instances the load balancer finds unhealthy (ELB-ASG-004); the fix switches it to ELB health checks.
 */
public final class AutoScalingUsesElbHealthChecks extends CatalogRule {
    public AutoScalingUsesElbHealthChecks(Catalog catalog) {
        super(catalog, "ELB-ASG-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(AutoScalingGroup.class)) {
            if (AttachedLoadBalancers.attached(group) && group.healthCheckType() == AsgHealthCheckType.EC2) {
                var fixed = new AutoScalingGroup(group.id(), group.name(), group.parent(), group.bounds(),
                        group.minSize(), group.maxSize(), group.desiredCapacity(), group.subnetIds(),
                        group.targetGroupIds(), group.loadBalancerIds(), group.instanceType(), AsgHealthCheckType.ELB,
                        group.targetTracking(), group.securityGroupIds());
                findings.add(finding(Values.of("asg.name", group.name()), Edits.change(design, fixed,
                        "Use load balancer health checks in Auto Scaling group '" + group.name() + "'"), group));
            }
        }
        return findings;
    }
}
