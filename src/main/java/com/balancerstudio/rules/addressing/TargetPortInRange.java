package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target whose port override is not a valid port (ELB-TGT-010); the quick fix drops the override so the
 * target group's port applies.
 */
public final class TargetPortInRange extends CatalogRule {
    public TargetPortInRange(Catalog catalog) {
        super(catalog, "ELB-TGT-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            for (var target : group.targets()) {
                if (!valid(target)) {
                    findings.add(finding(Values.of("port", target.port()).and("tg.name", group.name()),
                            quickFix(design, group), group));
                }
            }
        }
        return findings;
    }

    private static boolean valid(TargetRegistration target) {
        return target.port() == null || AwsLimits.TARGET_PORT.contains(target.port());
    }

    private static Edit quickFix(Design design, TargetGroup group) {
        var fixed = group.targets().stream().map(t -> valid(t) ? t
                : new TargetRegistration(t.targetId(), t.ipAddress(), t.availabilityZone(), null)).toList();
        return Edits.change(design, group.withTargets(fixed), "Use the port of target group '" + group.name()
                + "' for its targets with an invalid port");
    }
}
