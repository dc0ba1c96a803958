package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an Application Load Balancer redirect that keeps protocol, host, port and path as the request had them, so
 * the browser comes straight back (ELB-RULE-019). A part is kept when unset, when it is the #{...} keyword, or when it
 * repeats the listener's own protocol or port.
 */
public final class RedirectChangesSomething extends CatalogRule {
    public RedirectChangesSomething(Catalog catalog) {
        super(catalog, "ELB-RULE-019");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            if (placed.action() instanceof Action.Redirect redirect && loops(redirect, placed.listener())) {
                findings.add(finding(Values.of("rule", placed.ownerName()), placed.owner(), placed.listener()));
            }
        }
        return findings;
    }

    static boolean loops(Action.Redirect redirect, Listener listener) {
        boolean sameProtocol = redirect.protocol() == null || redirect.protocol() == listener.protocol();
        boolean samePort = redirect.port() == null || redirect.port().equals("#{port}")
                || redirect.port().equals(String.valueOf(listener.port()));
        boolean sameHost = redirect.host() == null || redirect.host().equals("#{host}");
        boolean samePath = redirect.path() == null || redirect.path().equals("/#{path}");
        return sameProtocol && samePort && sameHost && samePath;
    }
}
