package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that no VPC has more internet gateways attached than AWS allows (NET-IGW-001). */
public final class OneInternetGatewayPerVpc extends CatalogRule {
    public OneInternetGatewayPerVpc(Catalog catalog) {
        super(catalog, "NET-IGW-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var vpc : design.elementsOf(Vpc.class)) {
            var gateways = design.topology().gatewaysAttachedTo(vpc);
            if (gateways.size() > AwsLimits.INTERNET_GATEWAYS_PER_VPC) {
                var elements = new ArrayList<Element>();
                elements.add(vpc);
                elements.addAll(gateways);
                // Which gateway to keep depends on which the route tables should use: no quick fix.
                findings.add(finding(Values.of("vpc.name", vpc.name()).and("n", gateways.size()),
                        elements.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
