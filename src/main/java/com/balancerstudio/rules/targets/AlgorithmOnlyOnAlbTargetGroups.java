package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a load balancing algorithm on a target group that is not an ALB group (ELB-TG-015); the
 * model only holds the three algorithms AWS knows, so a wrong name cannot occur. The quick fix removes the setting.
 */
public final class AlgorithmOnlyOnAlbTargetGroups extends CatalogRule {
    public AlgorithmOnlyOnAlbTargetGroups(Catalog catalog) {
        super(catalog, "ELB-TG-015");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var algorithm = group.loadBalancingAlgorithmType();
            // On a Lambda group the algorithm is ELB-TG-022's finding.
            if (algorithm == null || group.targetType() == TargetType.LAMBDA) {
                continue;
            }
            if (TargetGroupKind.of(design, group) != LoadBalancerType.APPLICATION) {
                var fix = Edits.change(design, group.withAlgorithm(null),
                        "Remove load balancing algorithm of '" + group.name() + "'");
                findings.add(finding(Values.of("value", algorithm).and("tg.name", group.name()), fix, group));
            }
        }
        return findings;
    }
}
