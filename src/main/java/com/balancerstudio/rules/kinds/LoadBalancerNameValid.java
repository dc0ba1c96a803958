package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks load balancer names as AWS accepts them (ELB-GEN-001): letters, digits and hyphens, no longer than
 * {@link AwsLimits#LOAD_BALANCER_NAME_MAX_LENGTH}, no hyphen at either end, no "internal-" prefix (Application,
 * Network and Gateway Load Balancers), and unique per Region. Classic Load Balancers have their own API and so their
 * own names. A malformed name gets a quick fix to the nearest valid
 * one; a duplicate does not, since which of the two to rename is the designer's call.
 */
public final class LoadBalancerNameValid extends CatalogRule {
    public LoadBalancerNameValid(Catalog catalog) {
        super(catalog, "ELB-GEN-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var seen = new HashSet<String>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            boolean malformed = !wellFormed(lb);
            boolean duplicate = !seen.add(namespace(design, lb));
            if (malformed || duplicate) {
                var fix = malformed ? rename(design, lb) : null;
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }

    private static boolean wellFormed(LoadBalancer lb) {
        return AwsLimits.LOAD_BALANCER_NAME.matcher(lb.name()).matches() && !reservedPrefix(lb, lb.name());
    }

    private static boolean reservedPrefix(LoadBalancer lb, String name) {
        return lb.type() != LoadBalancerType.CLASSIC && name.startsWith(AwsLimits.LOAD_BALANCER_RESERVED_NAME_PREFIX);
    }

    /** The name with the scope it must be unique in: its Region, and the API family of its kind. */
    private static String namespace(Design design, LoadBalancer lb) {
        var region = design.topology().regionOf(lb);
        return (region == null ? "" : region.id().toString()) + "/" + (lb.type() == LoadBalancerType.CLASSIC) + "/"
                + lb.name();
    }

    /** Renames to the name's letters, digits and hyphens, without the reserved prefix, cut to AWS's length. */
    private static Edit rename(Design design, LoadBalancer lb) {
        var name = lb.name().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-");
        if (reservedPrefix(lb, name)) {
            name = name.substring(AwsLimits.LOAD_BALANCER_RESERVED_NAME_PREFIX.length());
        }
        name = trimHyphens(name);
        if (name.length() > AwsLimits.LOAD_BALANCER_NAME_MAX_LENGTH) {
            name = trimHyphens(name.substring(0, AwsLimits.LOAD_BALANCER_NAME_MAX_LENGTH));
        }
        Set<String> taken = new HashSet<>();
        design.elementsOf(LoadBalancer.class).forEach(other -> taken.add(other.name()));
        if (name.isEmpty() || taken.contains(name) || !AwsLimits.LOAD_BALANCER_NAME.matcher(name).matches()) {
            return null;
        }
        return Edits.rename(design, lb.id(), name);
    }

    private static String trimHyphens(String name) {
        return name.replaceAll("^-+|-+$", "");
    }
}
