package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP idle timeout outside 60-6000 s, or set on a listener that takes none: only TCP listeners of a Network Load
 * Balancer and Gateway Load Balancer listeners do (ELB-IDLE-003). On a listener that takes none, the fix removes it.
 */
public final class TcpIdleTimeoutValid extends CatalogRule {
    public TcpIdleTimeoutValid(Catalog catalog) {
        super(catalog, "ELB-IDLE-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var timeout = listener.tcpIdleTimeoutSeconds();
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (timeout == null || lb == null) {
                continue;
            }
            boolean takesOne = lb.type() == LoadBalancerType.GATEWAY
                    || lb.type() == LoadBalancerType.NETWORK && listener.protocol() == Protocol.TCP;
            if (takesOne && AwsLimits.NLB_TCP_IDLE_TIMEOUT.contains(timeout)) {
                continue;
            }
            var fix = takesOne ? null : Edits.change(design,
                    listener.withConnectionSettings(listener.alpnPolicy(), null),
                    "Remove the TCP idle timeout of '" + listener.name() + "'");
            findings.add(finding(Values.of("value", timeout).and("listener", listener.name()), fix, listener));
        }
        return findings;
    }
}
