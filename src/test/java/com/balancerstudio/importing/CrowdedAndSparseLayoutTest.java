package com.balancerstudio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Designs unlike the samples: a crowded subnet, and Regions and VPCs that hold little or nothing. */
class CrowdedAndSparseLayoutTest {
    @Test
    void aSubnetWithTwelveInstancesGrowsInsteadOfLettingThemSpillOut() {
        var b = new DesignBuilder("crowded");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var zoneA = b.zone(vpc, "us-east-1a");
        var zoneB = b.zone(vpc, "us-east-1b");
        var crowded = b.subnet(zoneA, "crowded", "10.0.0.0/24");
        var below = b.subnet(zoneA, "below", "10.0.1.0/24");
        var quiet = b.subnet(zoneB, "quiet", "10.0.2.0/24");
        b.instance(quiet, "lonely");
        for (int i = 1; i <= 12; i++) {
            b.instance(crowded, "web-" + i);
        }
        var arranged = ImportLayout.arrange(Unplaced.of(b.build()));

        LayoutChecks.assertTidy(arranged);
        var subnet = arranged.get(crowded.id()).bounds();
        assertThat(subnet.height()).as("three rows of four icons").isGreaterThanOrEqualTo(40 + 3 * 64 + 2 * 20 + 20);
        var rows = arranged.children(crowded.id()).stream().map(i -> i.bounds().y()).distinct().count();
        assertThat(rows).isEqualTo(3);
        assertThat(arranged.get(below.id()).bounds().y()).as("the next subnet moves down")
                .isGreaterThan(subnet.maxY());
        assertThat(arranged.get(zoneA.id()).bounds().height()).isEqualTo(arranged.get(zoneB.id()).bounds().height());
        assertThat(arranged.get(quiet.id()).bounds().height()).as("the neighbour at the same depth lines up")
                .isEqualTo(subnet.height());
    }

    @Test
    void manyResourcesInAVpcWrapIntoRowsInsideIt() {
        var b = new DesignBuilder("many resources");
        var region = b.region("eu-west-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var zone = b.zone(vpc, "eu-west-1a");
        var subnet = b.subnet(zone, "app", "10.0.0.0/24");
        Instance target = b.instance(subnet, "app-1");
        for (int i = 1; i <= 4; i++) {
            b.loadBalancer(vpc, "alb-" + i, LoadBalancerType.APPLICATION, true, subnet);
            b.targetGroup(vpc, "tg-" + i, Protocol.HTTP, 80, target);
        }
        for (int i = 1; i <= 7; i++) {
            b.elasticIp(region, "eip-" + i);
        }
        var arranged = ImportLayout.arrange(Unplaced.of(b.build()));

        LayoutChecks.assertTidy(arranged);
        assertThat(arranged.get(vpc.id()).bounds().width()).as("a lone zone does not widen the VPC for its rows")
                .isEqualTo(460);
    }

    @Test
    void emptyRegionsAndAVpcWithoutZonesAreStillBoxesInTheirPlace() {
        var b = new DesignBuilder("sparse");
        var empty = b.region("us-east-1");
        var region = b.region("us-west-2");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        b.loadBalancer(vpc, "nlb", LoadBalancerType.NETWORK, true);
        b.elasticIp(region, "eip");
        var arranged = ImportLayout.arrange(Unplaced.of(b.build()));

        LayoutChecks.assertTidy(arranged);
        assertThat(arranged.get(empty.id()).bounds().width()).isPositive();
        assertThat(arranged.get(region.id()).bounds().x()).as("Regions side by side, 40 apart")
                .isEqualTo(arranged.get(empty.id()).bounds().maxX() + 40);
    }

    @Test
    void theFixtureWebTierWithItsListenersIsTidy() {
        Design arranged = ImportLayout.arrange(Unplaced.of(Fixtures.webTier()));

        LayoutChecks.assertTidy(arranged);
        assertThat(arranged.elements()).extracting(e -> e.id()).isEqualTo(Fixtures.webTier().elements().stream()
                .map(e -> e.id()).toList());
    }
}
