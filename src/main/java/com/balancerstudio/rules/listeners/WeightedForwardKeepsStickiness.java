package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Warns when an Application Load Balancer forward spreads over several target groups, one of them sticky, without
 * target group stickiness on the action: a session then stays on a target but not on its target group (ELB-RULE-017).
 * The fix turns it on for as long as the sticky group's cookie lasts.
 */
public final class WeightedForwardKeepsStickiness extends CatalogRule {
    public WeightedForwardKeepsStickiness(Catalog catalog) {
        super(catalog, "ELB-RULE-017");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            if (!(placed.action() instanceof Action.Forward forward) || forward.targetGroups().size() < 2
                    || forward.stickinessDuration() != null) {
                continue;
            }
            forward.targetGroups().stream()
                    .map(g -> design.get(g.targetGroupId(), TargetGroup.class)).filter(Objects::nonNull)
                    .filter(g -> g.stickiness() != null && g.stickiness().enabled())
                    .findFirst()
                    .ifPresent(sticky -> findings.add(finding(Values.of("rule", placed.ownerName())
                            .and("tg.name", sticky.name()), quickFix(design, placed, forward, sticky),
                            placed.owner(), sticky)));
        }
        return findings;
    }

    /** Keeps sessions on a target group as long as the sticky group keeps them on a target, when it says how long. */
    private static Edit quickFix(Design design, PlacedActions.Placed placed, Action.Forward forward, TargetGroup sticky) {
        var duration = sticky.stickiness().cookieDuration();
        if (duration == null || !AwsLimits.STICKINESS_DURATION.contains(duration)) {
            return null;
        }
        var changed = placed.withAction(new Action.Forward(forward.targetGroups(), duration, forward.order()));
        return Edits.change(design, changed, "Keep sessions on one target group for " + duration + " s in '"
                + placed.ownerName() + "'");
    }
}
