package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports an instance of a previous-generation family registered by instance ID with a Network Load Balancer target
 * group, which AWS refuses (ELB-TGT-009). Instances in another VPC are ELB-TGT-001's.
 */
public final class NlbInstanceTargetsCurrentGeneration extends CatalogRule {
    public NlbInstanceTargetsCurrentGeneration(Catalog catalog) {
        super(catalog, "ELB-TGT-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.INSTANCE || TargetGroupKind.of(design, group) != LoadBalancerType.NETWORK) {
                continue;
            }
            for (var target : group.targets()) {
                var instance = design.get(target.targetId(), Instance.class);
                if (instance != null && AwsLimits.NLB_UNSUPPORTED_INSTANCE_FAMILIES.contains(family(instance))) {
                    findings.add(finding(Values.of("instance.name", instance.name()).and("type", instance.instanceType())
                            .and("tg.name", group.name()), group, instance));
                }
            }
        }
        return findings;
    }

    /** "m3" for "m3.large". */
    private static String family(Instance instance) {
        var type = instance.instanceType().toLowerCase(Locale.ROOT);
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
