package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Quota;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Quotas;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets of a target group (with the most its Auto Scaling groups may launch) against the quota; a Lambda or
 * Application Load Balancer target group holds one target (ELB-QTA-004).
 */
public final class TargetsPerTargetGroupQuota extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html (one Lambda function
    // per target group) and
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html (one
    // Application Load Balancer per target group)
    private static final int SINGLE_TARGET = 1;

    public TargetsPerTargetGroupQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            int targets = TargetCounts.of(design, group);
            boolean single = group.targetType() == TargetType.LAMBDA || group.targetType() == TargetType.ALB;
            int quota = single ? SINGLE_TARGET : Quotas.of(design, Quota.TARGETS_PER_TARGET_GROUP);
            if (targets > quota) {
                findings.add(finding(Values.of("tg.name", group.name()).and("n", targets).and("quota", quota), group));
            }
        }
        return findings;
    }
}
