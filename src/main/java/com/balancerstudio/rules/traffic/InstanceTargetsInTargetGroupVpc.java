package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports an instance registered by id with a target group of another VPC (ELB-TGT-001). */
public final class InstanceTargetsInTargetGroupVpc extends CatalogRule {
    public InstanceTargetsInTargetGroupVpc(Catalog catalog) {
        super(catalog, "ELB-TGT-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var groupVpc = topology.vpcOf(group);
            for (var registration : group.targets()) {
                var instance = design.get(registration.targetId(), Instance.class);
                var instanceVpc = instance == null ? null : topology.vpcOf(instance);
                if (groupVpc == null || instanceVpc == null || instanceVpc.id().equals(groupVpc.id())) {
                    continue;
                }
                findings.add(finding(Values.of("instance.name", instance.name()).and("instance.vpc", instanceVpc.name())
                        .and("tg.vpc", groupVpc.name()).and("tg.name", group.name()), instance, group));
            }
        }
        return findings;
    }
}
