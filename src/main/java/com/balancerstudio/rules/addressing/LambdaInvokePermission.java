package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Warns about a Lambda function of the design registered with a target group while its resource-based policy does not
 * let Elastic Load Balancing invoke it (ELB-TGT-005): every request then fails with 502. A function outside the design
 * (named by ARN) is not checked. The quick fix adds the permission.
 */
public final class LambdaInvokePermission extends CatalogRule {
    public LambdaInvokePermission(Catalog catalog) {
        super(catalog, "ELB-TGT-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var groups = new LinkedHashMap<LambdaFunction, List<Element>>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            for (var function : LambdaFunction.registeredWith(design, group)) {
                if (!function.allowElbInvoke()) {
                    groups.computeIfAbsent(function, f -> new ArrayList<>(List.of(f))).add(group);
                }
            }
        }
        var findings = new ArrayList<Finding>();
        groups.forEach((function, elements) -> {
            var fix = Edits.change(design, function.withElbInvoke(true),
                    "Let Elastic Load Balancing invoke '" + function.name() + "'");
            findings.add(finding(Values.of("fn", function.name()), fix, elements.toArray(Element[]::new)));
        });
        return findings;
    }
}
