package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A UDP or TCP_UDP target group that switches client IP preservation off, which AWS refuses (ELB-TG-016); the quick
 * fix removes the setting.
 */
public final class ClientIpPreservedForUdp extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#client-ip-preservation
    // (always on for UDP and TCP_UDP target groups; it cannot be disabled)
    private static final Set<Protocol> ALWAYS_PRESERVED = Set.of(Protocol.UDP, Protocol.TCP_UDP);

    public ClientIpPreservedForUdp(Catalog catalog) {
        super(catalog, "ELB-TG-016");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (Boolean.FALSE.equals(group.preserveClientIp()) && ALWAYS_PRESERVED.contains(group.protocol())) {
                var fix = Edits.change(design, group.withPreserveClientIp(null),
                        "Remove the client IP preservation setting of '" + group.name() + "'");
                findings.add(finding(Values.of("tg.name", group.name()), fix, group));
            }
        }
        return findings;
    }
}
