package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
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
 * A sticky-session policy on a TCP or SSL listener of a Classic Load Balancer, which works with cookies and so only on
 * HTTP and HTTPS listeners (ELB-STK-011;
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html). The quick fix removes the
 * policy: switching the listener to HTTP would change what the instances receive, which is the designer's call.
 */
public final class ClassicStickinessNeedsHttpListener extends CatalogRule {
    public ClassicStickinessNeedsHttpListener(Catalog catalog) {
        super(catalog, "ELB-STK-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            if (listener.stickinessPolicy() == null
                    || (listener.protocol() != Protocol.TCP && listener.protocol() != Protocol.SSL)
                    || !(design.get(listener.parent()) instanceof LoadBalancer lb)
                    || lb.type() != LoadBalancerType.CLASSIC) {
                continue;
            }
            var fix = Edits.change(design, listener.withStickinessPolicy(null),
                    "Remove the stickiness policy of listener '" + listener.name() + "'");
            findings.add(finding(Values.none(), fix, listener));
        }
        return findings;
    }
}
