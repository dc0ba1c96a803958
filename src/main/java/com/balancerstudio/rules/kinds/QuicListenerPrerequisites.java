package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a QUIC or TCP_QUIC listener needs on a Network Load Balancer (ELB-NLB-006): an IPv4 load balancer
 * without security groups, no other QUIC listener and no UDP or TCP_UDP listener.
 */
public final class QuicListenerPrerequisites extends CatalogRule {
    public QuicListenerPrerequisites(Catalog catalog) {
        super(catalog, "ELB-NLB-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.NETWORK) {
                continue;
            }
            var listeners = design.topology().listenersOf(lb);
            for (var listener : listeners) {
                if (!isQuic(listener.protocol())) {
                    continue;
                }
                var reasons = reasons(lb, listener, listeners);
                if (!reasons.isEmpty()) {
                    findings.add(finding(Values.of("lb.name", lb.name()).and("reason", String.join("; ", reasons)),
                            listener, lb));
                }
            }
        }
        return findings;
    }

    private static List<String> reasons(LoadBalancer lb, Listener listener, List<Listener> listeners) {
        var reasons = new ArrayList<String>();
        if (lb.ipAddressType() == IpAddressType.DUALSTACK) {
            reasons.add("it is dualstack");
        }
        if (!lb.securityGroupIds().isEmpty()) {
            reasons.add("it has security groups");
        }
        for (var other : listeners) {
            if (other != listener && isQuic(other.protocol())) {
                reasons.add("listener " + other.name() + " is also " + other.protocol());
            } else if (other.protocol() == Protocol.UDP || other.protocol() == Protocol.TCP_UDP) {
                reasons.add("listener " + other.name() + " is " + other.protocol());
            }
        }
        return reasons;
    }

    private static boolean isQuic(Protocol protocol) {
        return protocol == Protocol.QUIC || protocol == Protocol.TCP_QUIC;
    }
}
