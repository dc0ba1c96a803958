package com.balancerstudio.rules.addressing;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/**
 * The catalog rules of addressing and placement: Regions, VPC and subnet CIDRs, route tables, internet and NAT
 * gateways, Elastic IPs, security groups, targets, Auto Scaling groups and availability.
 */
public final class AddressingRules {
    private AddressingRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new LoadBalancerWiringInOwnRegion(catalog),
                new VpcCidrAssociationAllowed(catalog),
                new VpcUsesPrivateRange(catalog),
                new VpcAvoidsServiceRange(catalog),
                new VpcCidrBlocksQuota(catalog),
                new VpcsPerRegionQuota(catalog),
                new SubnetsPerVpcQuota(catalog),
                new CidrInCanonicalForm(catalog),
                new SubnetDrawnInOneZone(catalog),
                new SubnetHasRoomForItsAddresses(catalog),
                new SubnetDoesNotAssignPublicIps(catalog),
                new SubnetInOneRouteTable(catalog),
                new RouteTableStaysInItsVpc(catalog),
                new RouteDestinationsUnique(catalog),
                new RoutesPerTableQuota(catalog),
                new SpecificRouteOverridesDefault(catalog),
                new InternetGatewayAttached(catalog),
                new InternetGatewaysPerRegionQuota(catalog),
                new PublicSubnetInstanceHasPublicIp(catalog),
                new PrivateNatGatewayWithoutElasticIp(catalog),
                new NatGatewaysPerZoneQuota(catalog),
                new NatGatewayAddressesWithinHardLimit(catalog),
                new NatGatewayElasticIpsQuota(catalog),
                new ElasticIpInNatGatewayBorderGroup(catalog),
                new InternetRouteNotToPrivateNat(catalog),
                new ElasticIpInPublicSubnet(catalog),
                new SecurityGroupInResourceVpc(catalog),
                new SecurityGroupRulesQuota(catalog),
                new SecurityGroupsPerInterfaceQuota(catalog),
                new IpTargetsArePrivate(catalog),
                new LambdaTargetGroupSingleFunction(catalog),
                new AlbTargetGroupHoldsOneListeningAlb(catalog),
                new TargetZoneAllowed(catalog),
                new NlbInstanceTargetsCurrentGeneration(catalog),
                new TargetPortInRange(catalog),
                new TargetsInEnabledZonesExist(catalog),
                new EnabledZonesHaveTargets(catalog),
                new AutoScalingGroupRedundant(catalog),
                new AutoScalingGroupInLoadBalancerVpc(catalog),
                new AutoScalingZonesEnabledOnLoadBalancer(catalog),
                new AutoScalingUsesElbHealthChecks(catalog),
                new TargetsAcceptLoadBalancerTraffic(catalog),
                new StoppedInstanceRegistered(catalog),
                new AutoScalingInstancesAdmitLoadBalancer(catalog),
                new SubnetIpv6BlockFromVpc(catalog),
                new LambdaInvokePermission(catalog));
    }
}
