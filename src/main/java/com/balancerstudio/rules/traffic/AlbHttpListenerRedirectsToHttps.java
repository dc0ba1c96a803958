package com.balancerstudio.rules.traffic;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Action;
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
 * Reports an Application Load Balancer HTTP listener that serves requests instead of redirecting them to HTTPS
 * (ELB-LSN-007).
 */
public final class AlbHttpListenerRedirectsToHttps extends CatalogRule {
    public AlbHttpListenerRedirectsToHttps(Catalog catalog) {
        super(catalog, "ELB-LSN-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            // A listener without a default action serves nothing; ELB-LSN-004 reports it.
            if (lb == null || lb.type() != LoadBalancerType.APPLICATION || listener.protocol() != Protocol.HTTP
                    || listener.defaultAction() == null || redirectsToHttps(listener.defaultAction())) {
                continue;
            }
            findings.add(finding(Values.of("port", listener.port()).and("lb.name", lb.name()),
                    quickFix(design, lb, listener), listener, lb));
        }
        return findings;
    }

    private static boolean redirectsToHttps(Action action) {
        return action instanceof Action.Redirect redirect && redirect.protocol() == Protocol.HTTPS;
    }

    /** Redirecting is only a fix when an HTTPS listener answers where the redirect points; otherwise it breaks the site. */
    private static Edit quickFix(Design design, LoadBalancer lb, Listener listener) {
        var redirect = Action.Redirect.toHttps();
        boolean answered = design.topology().listenersOf(lb).stream().anyMatch(other ->
                other.protocol() == Protocol.HTTPS && String.valueOf(other.port()).equals(redirect.port()));
        if (!answered) {
            return null;
        }
        var changed = listener.withDefaultAction(redirect);
        return Edits.change(design, changed, "Redirect '" + listener.name() + "' to HTTPS");
    }
}
