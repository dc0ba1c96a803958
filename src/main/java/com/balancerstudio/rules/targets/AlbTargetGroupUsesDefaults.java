package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group of type alb (an NLB forwarding to an ALB) that is not TCP or changes attributes AWS keeps
 * fixed for it: deregistration delay, stickiness, slow start, algorithm or cross-zone (ELB-TG-018). When only the
 * attributes are wrong the quick fix puts them back to the defaults.
 */
public final class AlbTargetGroupUsesDefaults extends CatalogRule {
    public AlbTargetGroupUsesDefaults(Catalog catalog) {
        super(catalog, "ELB-TG-018");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.ALB) {
                continue;
            }
            boolean notTcp = group.protocol() != null && group.protocol() != Protocol.TCP;
            boolean attributes = group.deregistrationDelay() != null || group.stickiness() != null
                    || group.slowStart() != null || group.loadBalancingAlgorithmType() != null
                    || group.loadBalancingCrossZoneEnabled() != CrossZoneSetting.INHERIT;
            if (notTcp || attributes) {
                var fix = notTcp ? null : Edits.change(design, withDefaultAttributes(group),
                        "Reset attributes of '" + group.name() + "' to the defaults");
                findings.add(finding(Values.of("tg.name", group.name()), fix, group));
            }
        }
        return findings;
    }

    /** The group with deregistration delay, slow start, algorithm, stickiness and cross-zone back at AWS defaults. */
    private static TargetGroup withDefaultAttributes(TargetGroup group) {
        return group.withDeregistrationDelay(null).withSlowStart(null).withAlgorithm(null).withStickiness(null)
                .withCrossZone(CrossZoneSetting.INHERIT);
    }
}
