package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports enabled stickiness on a Lambda target group (ELB-STK-006); the quick fix turns it off. */
public final class NoStickinessOnLambda extends CatalogRule {
    public NoStickinessOnLambda(Catalog catalog) {
        super(catalog, "ELB-STK-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var stickiness = group.stickiness();
            if (group.targetType() != TargetType.LAMBDA || stickiness == null || !stickiness.enabled()) {
                continue;
            }
            var off = new Stickiness(false, stickiness.type(), stickiness.cookieDuration(), stickiness.cookieName());
            var fix = Edits.change(design, group.withStickiness(off),
                    "Turn off stickiness of '" + group.name() + "'");
            findings.add(finding(Values.of("tg.name", group.name()), fix, group));
        }
        return findings;
    }
}
