package com.balancerstudio.rules.network;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The core rules of this area: the VPC, subnet, route, gateway and Elastic IP rules. */
public final class NetworkRules {
    private NetworkRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new AvailabilityZoneInRegion(catalog),
                new SubnetZoneInVpcRegion(catalog),
                new SubnetInsideVpcCidr(catalog),
                new SubnetCidrsDisjoint(catalog),
                new RoutesUseAttachedInternetGateway(catalog),
                new PrivateSubnetRoutesToNat(catalog),
                new OneInternetGatewayPerVpc(catalog),
                new NatGatewayInPublicSubnet(catalog),
                new PublicNatGatewayHasElasticIp(catalog),
                new NatGatewayVpcHasInternetGateway(catalog),
                new PrivateSubnetUsesOwnZoneNat(catalog),
                new ElasticIpQuotaPerRegion(catalog),
                new ElasticIpSingleAssociation(catalog),
                new ElasticIpAssociated(catalog));
    }
}
