package com.balancerstudio.importing;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.ClientKind;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.testing.DesignBuilder;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever an import holds, in whatever order, the arranged diagram stays tidy. */
class RandomDesignsLayoutProperties {
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");

    @Property(tries = 150)
    void anyImportedDesignIsArrangedTidily(@ForAll long seed) {
        LayoutChecks.assertTidy(ImportLayout.arrange(Unplaced.of(randomDesign(new Random(seed)))));
    }

    /** Regions with gateways and addresses, VPCs with zones of subnets holding up to 14 instances, and resources. */
    private static Design randomDesign(Random random) {
        var b = new DesignBuilder("random");
        for (int c = random.nextInt(3); c > 0; c--) {
            b.add(new Client(ElementId.of("clients-" + c), "clients " + c, null, null, ClientKind.INTERNET, null));
        }
        int subnetNumber = 0;
        for (int r = random.nextInt(4); r > 0; r--) {
            var region = b.region(REGIONS.get(r - 1));
            for (int e = random.nextInt(9); e > 0; e--) {
                b.elasticIp(region, "eip-" + r + "-" + e);
            }
            for (int v = random.nextInt(3); v > 0; v--) {
                var vpc = b.vpc(region, "vpc-" + r + "-" + v, "10." + v + ".0.0/16");
                if (random.nextBoolean()) {
                    b.internetGateway(region, "igw-" + r + "-" + v, vpc);
                }
                for (int z = random.nextInt(4); z > 0; z--) {
                    var zoneName = REGIONS.get(r - 1) + (char) ('a' + z);
                    var zone = b.add(new AvailabilityZone(ElementId.of(vpc.id() + "-" + zoneName), zoneName,
                            vpc.id(), null, zoneName));
                    for (int s = random.nextInt(4); s > 0; s--) {
                        var subnet = b.subnet(zone, "subnet-" + ++subnetNumber, "10." + v + "." + s + ".0/24");
                        for (int i = random.nextInt(15); i > 0; i--) {
                            b.instance(subnet, "vm-" + subnetNumber + "-" + i);
                        }
                    }
                }
                for (int l = random.nextInt(5); l > 0; l--) {
                    b.loadBalancer(vpc, "lb-" + r + "-" + v + "-" + l, LoadBalancerType.APPLICATION, true);
                }
                for (int t = random.nextInt(8); t > 0; t--) {
                    b.targetGroup(vpc, "tg-" + r + "-" + v + "-" + t, Protocol.HTTP, 80);
                    b.routeTable(vpc, "rt-" + r + "-" + v + "-" + t, List.of());
                }
            }
        }
        return b.build();
    }
}
