package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when a Network Load Balancer forwards to an Application Load Balancer with a different cross-zone setting
 * (ELB-XZ-004), which AWS says can cause intermittent 503 errors. The quick fix sets the NLB's alb-type target
 * group to the ALB's setting: the ALB's own level cannot be turned off, so the NLB side is the one to align.
 */
public final class NlbAndTargetAlbSameCrossZone extends CatalogRule {
    public NlbAndTargetAlbSameCrossZone(Catalog catalog) {
        super(catalog, "ELB-XZ-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nlb : design.elementsOf(LoadBalancer.class)) {
            if (nlb.type() != LoadBalancerType.NETWORK) {
                continue;
            }
            for (var group : design.topology().targetGroupsOf(nlb)) {
                if (group.targetType() != TargetType.ALB) {
                    continue;
                }
                for (var target : group.targets()) {
                    var alb = target.targetId() == null ? null : design.get(target.targetId(), LoadBalancer.class);
                    if (alb == null || alb.type() != LoadBalancerType.APPLICATION) {
                        continue;
                    }
                    boolean albSide = CrossZone.on(design, alb);
                    if (CrossZone.on(nlb, group) != albSide) {
                        var fix = Edits.change(design, group.withCrossZone(
                                        albSide ? CrossZoneSetting.ON : CrossZoneSetting.OFF),
                                "Set cross-zone load balancing of target group '" + group.name() + "' to "
                                        + CrossZone.label(albSide));
                        findings.add(finding(Values.of("nlb.name", nlb.name()).and("alb.name", alb.name()), fix,
                                nlb, group, alb));
                    }
                }
            }
        }
        return findings;
    }
}
