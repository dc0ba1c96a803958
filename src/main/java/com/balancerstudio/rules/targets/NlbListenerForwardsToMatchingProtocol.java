package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports a Network Load Balancer listener that forwards to a target group whose protocol its own protocol cannot
 * feed (a UDP listener to a TCP group, a TLS listener to a UDP group, anything but TCP to an ALB target...)
 * (ELB-TG-003).
 */
public final class NlbListenerForwardsToMatchingProtocol extends CatalogRule {
    public NlbListenerForwardsToMatchingProtocol(Catalog catalog) {
        super(catalog, "ELB-TG-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var forwarders = Forwarders.in(design);
        for (var group : design.elementsOf(TargetGroup.class)) {
            for (var listener : forwarders.of(group)) {
                var lb = design.get(listener.parent(), LoadBalancer.class);
                if (lb == null || lb.type() != LoadBalancerType.NETWORK || listener.protocol() == null
                        || group.protocol() == null) {
                    continue;
                }
                if (!allowed(listener.protocol(), group.targetType()).contains(group.protocol())) {
                    findings.add(finding(Values.of("listener.protocol", listener.protocol())
                            .and("tg.protocol", group.protocol()).and("tg.targetType", group.targetType()),
                            listener, group));
                }
            }
        }
        return findings;
    }

    private static Set<Protocol> allowed(Protocol listenerProtocol, TargetType targetType) {
        if (targetType == TargetType.ALB) {
            return listenerProtocol == Protocol.TCP ? Set.of(Protocol.TCP) : Set.of();
        }
        return AwsLimits.NLB_LISTENER_TARGET_PROTOCOLS.getOrDefault(listenerProtocol, Set.of());
    }
}
