package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Load balancer subnets in zones the load balancer cannot use (ELB-GEN-009). What AWS documents:
 * <ul>
 * <li>Only Application Load Balancers support Outposts and Local Zones (the "Outpost support" and "Local Zone" rows of
 * https://aws.amazon.com/elasticloadbalancing/features/); Network, Gateway and Classic Load Balancers take subnets of
 * Availability Zones only (CreateLoadBalancer, SubnetMappings:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html). The ELB pages
 * name no Wavelength Zone support, so they count as unsupported for these kinds as well.</li>
 * <li>An ALB's zones must all be of one type: "you can't enable both an Availability Zone and a Local Zone"
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer).</li>
 * <li>"[Application Load Balancers on Outposts] You must specify one Outpost subnet"; "[Application Load Balancers on
 * Local Zones] You can specify subnets from one or more Local Zones" (CreateLoadBalancer, SubnetMappings).</li>
 * </ul>
 * No single fix: which subnets to keep is the designer's choice.
 */
public final class LoadBalancerZoneTypesSupported extends CatalogRule {
    public LoadBalancerZoneTypesSupported(Catalog catalog) {
        super(catalog, "ELB-GEN-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var subnets = design.topology().subnetsOf(lb);
            if (subnets.isEmpty()) {
                continue;
            }
            var first = typeOf(design, subnets.get(0));
            boolean outpostSeen = false;
            for (var subnet : subnets) {
                var type = typeOf(design, subnet);
                String reason = null;
                if (lb.type() != LoadBalancerType.APPLICATION && type != ZoneType.AVAILABILITY_ZONE) {
                    reason = "only Application Load Balancers run in Local Zones and on Outposts";
                } else if (type != first) {
                    reason = "an Application Load Balancer's zones are all of one type, and subnet "
                            + subnets.get(0).name() + " is in " + article(first);
                } else if (type == ZoneType.OUTPOST && outpostSeen) {
                    reason = "an Application Load Balancer on an Outpost uses exactly one Outpost subnet";
                }
                outpostSeen |= type == ZoneType.OUTPOST;
                if (reason != null) {
                    findings.add(finding(Values.of("lb.type", lb.type().displayName()).and("lb.name", lb.name())
                            .and("subnet.name", subnet.name()).and("zoneType", article(type)).and("reason", reason),
                            lb, subnet));
                }
            }
        }
        return findings;
    }

    static ZoneType typeOf(Design design, Subnet subnet) {
        var zone = design.topology().zoneOf(subnet);
        return zone == null ? ZoneType.AVAILABILITY_ZONE : zone.zoneType();
    }

    /** "an Outpost", "a Local Zone". */
    static String article(ZoneType type) {
        var title = type.title();
        return ("AEIOU".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
    }
}
