package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that a Classic Load Balancer's backends are EC2 instances of its own VPC, registered directly: no other kind
 * of element among its instances, and no listener forwarding to a target group.
 */
public final class ClassicBackendsAreInstancesOfItsVpc extends CatalogRule {
    public ClassicBackendsAreInstancesOfItsVpc(Catalog catalog) {
        super(catalog, "ELB-CLB-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.CLASSIC) {
                continue;
            }
            var vpc = topology.vpcOf(lb);
            for (var id : lb.instanceIds()) {
                // A registration of nothing at all is a dangling reference (ELB-GEN-013).
                var backend = design.get(id);
                if (backend == null) {
                    continue;
                }
                String target = null;
                if (!(backend instanceof Instance)) {
                    target = KindNames.inSentence(backend.getClass()) + " " + backend.name();
                } else if (!Objects.equals(topology.vpcOf(backend), vpc)) {
                    target = "EC2 instance " + backend.name() + " of VPC " + topology.vpcOf(backend).name();
                }
                if (target != null) {
                    var deregister = Edits.change(design, lb.withoutReferencesTo(id),
                            "Deregister " + backend.name() + " from " + lb.name());
                    findings.add(finding(Values.of("target", target), deregister, lb, backend));
                }
            }
            for (var listener : topology.listenersOf(lb)) {
                forwardedGroups(design, listener).forEach(group -> findings.add(finding(
                        Values.of("target", "target group " + group.name()), lb, listener, group)));
            }
        }
        return findings;
    }

    private static List<TargetGroup> forwardedGroups(Design design, Listener listener) {
        if (listener.defaultAction() == null) {
            return List.of();
        }
        return listener.defaultAction().targetGroups().stream()
                .map(weighted -> design.get(weighted.targetGroupId(), TargetGroup.class))
                .filter(Objects::nonNull).toList();
    }
}
