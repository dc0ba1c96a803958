package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Subnet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The comparison the round-trip test relies on sees the changes a person would care about. */
class DesignEquivalenceTest {
    private static final Path TWO_REGIONS = Path.of("sample-designs/route53-failover-two-regions.balancer.json");

    @Test
    void aDesignIsEquivalentToItselfMovedAndRenumbered() throws Exception {
        var design = DesignFile.read(TWO_REGIONS);
        var subnet = design.elementsOf(Subnet.class).get(0);
        var moved = design.withReplaced(subnet.withPlacement(subnet.parent(), subnet.bounds().translate(50, 50)));

        assertThat(DesignEquivalence.differences(design, moved)).isEmpty();
    }

    @Test
    void aChangedAddressBlockIsADifference() throws Exception {
        var design = DesignFile.read(TWO_REGIONS);
        var subnet = design.elementsOf(Subnet.class).get(0);
        var changed = design.withReplaced(new Subnet(subnet.id(), subnet.name(), subnet.parent(), subnet.bounds(),
                Cidr.parse("10.9.9.0/24"), subnet.mapPublicIpOnLaunch()));

        assertThat(DesignEquivalence.differences(design, changed)).singleElement().asString()
                .contains("Subnet " + subnet.name()).contains("10.9.9.0/24");
    }

    @Test
    void elementsWithTheSameNameInTwoRegionsAreToldApart() throws Exception {
        var design = DesignFile.read(TWO_REGIONS);
        var gateways = design.elementsOf(InternetGateway.class);
        assertThat(gateways).hasSize(2).extracting(InternetGateway::name).containsOnly("internet gateway");
        var west = gateways.get(1);
        var detached = design.withReplaced(new InternetGateway(west.id(), west.name(), west.parent(), west.bounds(), null));

        assertThat(DesignEquivalence.differences(design, detached)).singleElement().asString()
                .contains("in Region us-west-2");
    }

    @Test
    void aMissingReferenceIsADifference() throws Exception {
        var design = DesignFile.read(TWO_REGIONS);
        var gateway = design.elementsOf(InternetGateway.class).get(0);
        var other = design.elementsOf(InternetGateway.class).get(1);

        var pointingElsewhere = design.withReplaced(new InternetGateway(gateway.id(), gateway.name(), gateway.parent(),
                gateway.bounds(), new ElementId(other.vpcId().value())));

        assertThat(DesignEquivalence.differences(design, pointingElsewhere)).isNotEmpty();
    }
}
