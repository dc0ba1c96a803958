package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Reference;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports references of load-balancing elements that point at nothing or at the wrong kind of element. Design files
 * with such references are refused on load, so this guards designs assembled in memory (imports, scripts, tests).
 */
public final class LoadBalancingReferencesResolve extends CatalogRule {
    private static final Set<Class<? extends Element>> LOAD_BALANCING = Set.of(LoadBalancer.class, Listener.class,
            ListenerRule.class, TargetGroup.class, AutoScalingGroup.class, DnsRecord.class);

    public LoadBalancingReferencesResolve(Catalog catalog) {
        super(catalog, "ELB-GEN-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var problem : design.danglingReferences()) {
            var element = design.get(problem.elementId());
            if (element == null || !LOAD_BALANCING.contains(element.getClass())) {
                continue;
            }
            var reference = element.references().stream()
                    .filter(r -> r.property().equals(problem.property())).findFirst().orElse(null);
            if (reference == null) {
                continue;
            }
            var target = reference.target();
            var label = "Remove the reference to '" + target + "' from "
                    + KindNames.inSentence(element.getClass()) + " " + element.name();
            findings.add(finding(Values.of("element", element.kindLabel() + " '" + element.name() + "'")
                            .and("missing", expected(reference) + " '" + target + "'"),
                    Edits.change(design, element.withoutReferencesTo(target), label),
                    element, design.get(target)));
        }
        return findings;
    }

    /** What the reference should point at ("EC2 instance or load balancer" for a target group's targets). */
    private static String expected(Reference reference) {
        return String.join(" or ", reference.expectedTypes().stream().map(KindNames::inSentence).toList());
    }
}
