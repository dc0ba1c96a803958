package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that an internet-facing load balancer's VPC has an internet gateway attached. */
public final class InternetFacingNeedsInternetGateway extends CatalogRule {
    public InternetFacingNeedsInternetGateway(Catalog catalog) {
        super(catalog, "ELB-GEN-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (!lb.internetFacing()) {
                continue;
            }
            var vpc = topology.vpcOf(lb);
            if (!topology.hasInternetGateway(vpc)) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("vpc.name", vpc.name()),
                        attachDetachedGateway(design, vpc), lb, vpc));
            }
        }
        return findings;
    }

    /** Attaching is the obvious fix only when the VPC's Region holds exactly one gateway attached to nothing. */
    private static Edit attachDetachedGateway(Design design, Vpc vpc) {
        var region = design.topology().regionOf(vpc);
        if (region == null) {
            return null;
        }
        var detached = design.children(region.id()).stream()
                .filter(InternetGateway.class::isInstance).map(InternetGateway.class::cast)
                .filter(gateway -> gateway.vpcId() == null).toList();
        if (detached.size() != 1) {
            return null;
        }
        var gateway = detached.get(0);
        var attached = new InternetGateway(gateway.id(), gateway.name(), gateway.parent(), gateway.bounds(), vpc.id());
        return Edits.change(design, attached, "Attach internet gateway " + gateway.name() + " to " + vpc.name());
    }
}
