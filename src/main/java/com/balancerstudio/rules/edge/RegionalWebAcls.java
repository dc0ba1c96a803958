package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.WafScope;
import com.balancerstudio.model.WebAcl;
import java.util.Objects;

/** Finds the web ACL an ALB could use in its own Region, for the quick fixes of the WAF rules. */
final class RegionalWebAcls {
    private RegionalWebAcls() {
    }

    /**
     * Associates the load balancer with the one REGIONAL web ACL of its Region; null when its Region has none or several
     * (then which one to use is the user's choice).
     */
    static Edit associateTheOnlyOne(Design design, LoadBalancer lb) {
        var region = design.topology().regionOf(lb);
        if (region == null) {
            return null;
        }
        var candidates = design.elementsOf(WebAcl.class).stream()
                .filter(acl -> acl.scope() == WafScope.REGIONAL)
                .filter(acl -> Objects.equals(design.topology().regionOf(acl), region)).toList();
        if (candidates.size() != 1) {
            return null;
        }
        var acl = candidates.get(0);
        return Edits.change(design, lb.withWebAcl(acl.id()),
                "Protect '" + lb.name() + "' with web ACL " + acl.name());
    }
}
