package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Warns about an internet gateway attached to no VPC (NET-IGW-002). When exactly one VPC of its Region has no
 * internet gateway, attaching it there is the obvious fix.
 */
public final class InternetGatewayAttached extends CatalogRule {
    public InternetGatewayAttached(Catalog catalog) {
        super(catalog, "NET-IGW-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var gateway : design.elementsOf(InternetGateway.class)) {
            if (design.get(gateway.vpcId(), Vpc.class) == null) {
                findings.add(finding(Values.of("igw.name", gateway.name()), quickFix(design, gateway), gateway));
            }
        }
        return findings;
    }

    private static Edit quickFix(Design design, InternetGateway gateway) {
        var topology = design.topology();
        var region = topology.regionOf(gateway);
        var candidates = design.elementsOf(Vpc.class).stream()
                .filter(vpc -> region != null && Objects.equals(topology.regionOf(vpc), region))
                .filter(vpc -> !topology.hasInternetGateway(vpc)).toList();
        if (candidates.size() != 1) {
            return null;
        }
        var vpc = candidates.get(0);
        var attached = new InternetGateway(gateway.id(), gateway.name(), gateway.parent(), gateway.bounds(), vpc.id());
        return Edits.change(design, attached, "Attach internet gateway '" + gateway.name() + "' to VPC '"
                + vpc.name() + "'");
    }
}
