package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports an Auto Scaling group attached to a target group that does not take instances (ELB-ASG-001). */
public final class AsgAttachedToInstanceTargetGroups extends CatalogRule {
    public AsgAttachedToInstanceTargetGroups(Catalog catalog) {
        super(catalog, "ELB-ASG-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var asg : design.elementsOf(AutoScalingGroup.class)) {
            for (var id : asg.targetGroupIds()) {
                var group = design.get(id, TargetGroup.class);
                if (group != null && group.targetType() != TargetType.INSTANCE) {
                    findings.add(finding(Values.of("asg.name", asg.name()).and("tg.name", group.name())
                            .and("tg.targetType", group.targetType()), asg, group));
                }
            }
        }
        return findings;
    }
}
