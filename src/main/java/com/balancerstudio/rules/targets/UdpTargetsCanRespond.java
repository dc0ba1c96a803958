package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warns about a UDP or TCP_UDP target group with IP targets outside the VPC (zone "all") or instances of the older
 * families that receive UDP traffic but cannot answer it (ELB-TG-024).
 */
public final class UdpTargetsCanRespond extends CatalogRule {
    public UdpTargetsCanRespond(Catalog catalog) {
        super(catalog, "ELB-TG-024");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.protocol() != Protocol.UDP && group.protocol() != Protocol.TCP_UDP) {
                continue;
            }
            var involved = new ArrayList<Element>();
            boolean outsideVpc = false;
            for (var target : group.targets()) {
                if (target.ipAddress() != null && AwsLimits.ALL_ZONES.equals(target.availabilityZone())) {
                    outsideVpc = true;
                } else if (target.targetId() != null
                        && design.get(target.targetId()) instanceof Instance instance && oldFamily(instance)) {
                    involved.add(instance);
                }
            }
            if (outsideVpc || !involved.isEmpty()) {
                involved.add(0, group);
                findings.add(finding(Values.of("tg.name", group.name()), involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }

    private static boolean oldFamily(Instance instance) {
        var type = instance.instanceType().toLowerCase(Locale.ROOT);
        int dot = type.indexOf('.');
        return AwsLimits.UDP_UNSUPPORTED_INSTANCE_FAMILIES.contains(dot < 0 ? type : type.substring(0, dot));
    }
}
