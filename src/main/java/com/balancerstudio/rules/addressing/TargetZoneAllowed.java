package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target registered with an Availability Zone AWS does not accept (ELB-TGT-008), as the RegisterTargets API
 * describes it (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetDescription.html): an IP
 * outside the VPC needs a zone; with an ALB target group whose cross-zone load balancing is off that zone must be a
 * zone of the VPC, not "all"; instance and alb targets take no zone; a Lambda target takes only "all". The catalog's
 * "specific zone while cross-zone is on" is not reported: for ALB the API ignores the zone then and treats it as "all".
 */
public final class TargetZoneAllowed extends CatalogRule {
    public TargetZoneAllowed(Catalog catalog) {
        super(catalog, "ELB-TGT-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            for (var target : group.targets()) {
                if (!allowed(design, group, target)) {
                    var name = target.ipAddress() != null ? target.ipAddress() : target.targetId().value();
                    findings.add(finding(Values.of("az", target.availabilityZone() == null ? "(none)" : target.availabilityZone()).and("target", name)
                            .and("tg.name", group.name()), group));
                }
            }
        }
        return findings;
    }

    private static boolean allowed(Design design, TargetGroup group, TargetRegistration target) {
        var zone = target.availabilityZone();
        var type = group.targetType();
        if (type == TargetType.INSTANCE || type == TargetType.ALB) {
            return zone == null;
        }
        if (type == TargetType.LAMBDA) {
            return zone == null || zone.equals(AwsLimits.ALL_ZONES);
        }
        var address = IpAddresses.parse(target.ipAddress());
        if (address == null || IpAddresses.inside(design.topology().vpcOf(group), address)) {
            return true;
        }
        if (zone == null) {
            return false;
        }
        boolean albWithoutCrossZone = TargetGroupKind.of(design, group) == LoadBalancerType.APPLICATION
                && group.loadBalancingCrossZoneEnabled() == CrossZoneSetting.OFF;
        return !(albWithoutCrossZone && zone.equals(AwsLimits.ALL_ZONES));
    }
}
