package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes a stopped instance registered with a target group or a Classic Load Balancer: it takes no traffic and fails
 * its health checks until started (ELB-TGT-012). One finding per instance, naming where it is registered; the fix
 * starts it.
 */
public final class StoppedInstanceRegistered extends CatalogRule {
    public StoppedInstanceRegistered(Catalog catalog) {
        super(catalog, "ELB-TGT-012");
    }

    @Override
    public List<Finding> check(Design design) {
        // Most designs stop no instance: then there is no registration to look up.
        if (design.elementsOf(Instance.class).stream().allMatch(Instance::running)) {
            return List.of();
        }
        var registeredWith = new LinkedHashMap<ElementId, List<Element>>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            group.targets().forEach(target -> note(registeredWith, target.targetId(), group));
        }
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            lb.instanceIds().forEach(id -> note(registeredWith, id, lb));
        }
        var findings = new ArrayList<Finding>();
        for (Map.Entry<ElementId, List<Element>> entry : registeredWith.entrySet()) {
            var instance = design.get(entry.getKey(), Instance.class);
            if (instance == null || instance.running()) {
                continue;
            }
            var elements = new ArrayList<Element>();
            elements.add(instance);
            elements.addAll(entry.getValue());
            var fix = Edits.change(design, instance.withState(null), "Start instance '" + instance.name() + "'");
            findings.add(finding(Values.of("instance.name", instance.name()).and("state", instance.instanceState()),
                    fix, elements.toArray(Element[]::new)));
        }
        return findings;
    }

    private static void note(Map<ElementId, List<Element>> registeredWith, ElementId id, Element holder) {
        if (id != null) {
            registeredWith.computeIfAbsent(id, k -> new ArrayList<>()).add(holder);
        }
    }
}
