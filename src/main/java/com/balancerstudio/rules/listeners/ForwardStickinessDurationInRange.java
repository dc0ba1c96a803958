package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule.Values;
import com.balancerstudio.rules.Limit;
import com.balancerstudio.rules.LimitRule;
import java.util.List;

/** The limit of ELB-RULE-018: a forward action's target group stickiness lasts 1 s to 7 days. */
public final class ForwardStickinessDurationInRange {
    private ForwardStickinessDurationInRange() {
    }

    public static LimitRule rule(Catalog catalog) {
        return new LimitRule(catalog, "ELB-RULE-018", List.of(new Limit.InRange("ELB-RULE-018",
                AwsLimits.STICKINESS_DURATION, (design, out) -> {
                    for (var placed : PlacedActions.of(design)) {
                        if (placed.action() instanceof Action.Forward forward && forward.stickinessDuration() != null) {
                            out.accept(new Limit.Measured(placed.owner(), (long) forward.stickinessDuration(),
                                    Values.of("rule", placed.ownerName())));
                        }
                    }
                })));
    }
}
