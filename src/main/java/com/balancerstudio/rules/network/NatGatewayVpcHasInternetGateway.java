package com.balancerstudio.rules.network;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks that the VPC of every public NAT gateway has an internet gateway attached (NET-NAT-004). */
public final class NatGatewayVpcHasInternetGateway extends CatalogRule {
    public NatGatewayVpcHasInternetGateway(Catalog catalog) {
        super(catalog, "NET-NAT-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            var vpc = design.topology().vpcOf(nat);
            if (nat.isPublic() && vpc != null && !design.topology().hasInternetGateway(vpc)) {
                findings.add(finding(Values.of("nat.name", nat.name()).and("vpc.name", vpc.name()),
                        quickFix(design, vpc), nat, vpc));
            }
        }
        return findings;
    }

    /**
     * Attach a detached gateway of the VPC's Region, preferring one the VPC's route tables already point at (the
     * gateway the person meant); with no detached gateway, creating one is left to the person.
     */
    private static Edit quickFix(Design design, Vpc vpc) {
        return design.elementsOf(InternetGateway.class).stream()
                .filter(gateway -> GatewayAttachment.attach(design, gateway, vpc) != null)
                .min(Comparator.comparing(gateway -> !routedToFrom(design, gateway, vpc)))
                .map(gateway -> GatewayAttachment.attach(design, gateway, vpc)).orElse(null);
    }

    private static boolean routedToFrom(Design design, InternetGateway gateway, Vpc vpc) {
        return design.elementsOf(RouteTable.class).stream()
                .filter(table -> vpc.equals(design.topology().vpcOf(table)))
                .anyMatch(table -> table.routes().stream().anyMatch(route -> route.target().equals(gateway.id())));
    }
}
