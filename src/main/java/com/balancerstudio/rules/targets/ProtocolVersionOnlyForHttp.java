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

/**
 * Reports a protocol version (HTTP1, HTTP2, GRPC) on a target group that does not speak HTTP or HTTPS (ELB-TG-009);
 * the quick fix removes it.
 */
public final class ProtocolVersionOnlyForHttp extends CatalogRule {
    public ProtocolVersionOnlyForHttp(Catalog catalog) {
        super(catalog, "ELB-TG-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            // A Lambda group with a protocol version is ELB-TG-006's finding.
            if (group.protocolVersion() != null && group.protocol() != null
                    && group.protocol() != Protocol.HTTP && group.protocol() != Protocol.HTTPS) {
                var fix = Edits.change(design, group.withProtocolVersion(null),
                        "Remove protocol version of '" + group.name() + "'");
                findings.add(finding(Values.of("tg.name", group.name()), fix, group));
            }
        }
        return findings;
    }
}
