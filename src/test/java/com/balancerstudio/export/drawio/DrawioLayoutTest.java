package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.ClientKind;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader of the exported diagram sees: the designer's layout, labels, colours and connectors. */
class DrawioLayoutTest {
    @Test
    void publicAndPrivateSubnetsGetTheirOwnGroupColoursAndSayWhichTheyAre() throws Exception {
        var cells = ParsedDiagram.parse(DrawioExport.toXml(Fixtures.webTier())).byId();

        var publicSubnet = cells.get("el/public-a");
        var privateSubnet = cells.get("el/private-a");
        assertThat(publicSubnet.value()).isEqualTo("public-a · 10.0.0.0/24 · public");
        assertThat(privateSubnet.value()).isEqualTo("private-a · 10.0.10.0/24 · private");
        assertThat(publicSubnet.styleMap()).containsEntry("strokeColor", "#7AA116")
                .containsEntry("fillColor", "#F2F6E8");
        assertThat(privateSubnet.styleMap()).containsEntry("strokeColor", "#00A4A6")
                .containsEntry("fillColor", "#E6F6F7");
        assertThat(cells.get("el/us-east-1a").styleMap()).containsEntry("dashed", "1").containsEntry("container", "1");
    }

    @Test
    void aLoadBalancerNamesItsKindAndListenersAndIsDrawnWithItsOwnIcon() throws Exception {
        var cells = ParsedDiagram.parse(DrawioExport.toXml(Fixtures.webTier())).byId();

        var alb = cells.get("el/web-alb");
        assertThat(alb.value()).isEqualTo("web-alb\nALB · HTTPS :443, HTTP :80");
        assertThat(alb.styleMap()).containsEntry("resIcon", Stencils.APPLICATION_LOAD_BALANCER)
                .containsEntry("fillColor", Styles.NETWORKING);
        assertThat(cells.get("el/web-a").styleMap()).containsEntry("resIcon", Stencils.INSTANCE)
                .containsEntry("fillColor", Styles.COMPUTE);
        assertThat(cells.get("el/www-cert").styleMap()).containsEntry("fillColor", Styles.SECURITY);
        assertThat(cells).doesNotContainKeys("el/https", "el/http");
    }

    @Test
    void eachLoadBalancerKindHasADifferentIcon() {
        var b = new DesignBuilder("kinds");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var icons = List.of(LoadBalancerType.values()).stream()
                .map(type -> Styles.icon(b.loadBalancer(vpc, type.value(), type, false))).distinct().toList();

        assertThat(icons).hasSize(4).allSatisfy(icon -> assertThat(Stencils.VERIFIED).contains(icon));
    }

    @Test
    void anOnPremisesClientIsADataCentreAndInternetUsersArePeople() throws Exception {
        var b = new DesignBuilder("clients");
        b.add(new Client(DesignBuilder.id("office"), "office", null, new Rect(0, 0, 64, 64), ClientKind.ON_PREMISES,
                null));
        b.add(new Client(DesignBuilder.id("users"), "users", null, new Rect(100, 0, 64, 64), ClientKind.INTERNET,
                null));

        var cells = ParsedDiagram.parse(DrawioExport.toXml(b.build())).byId();

        assertThat(cells.get("el/office").value()).isEqualTo("office\non-premises");
        assertThat(cells.get("el/office").styleMap()).containsEntry("resIcon", Stencils.CORPORATE_DATA_CENTER)
                .containsEntry("fillColor", Styles.GENERAL);
        assertThat(cells.get("el/users").styleMap()).containsEntry("resIcon", Stencils.USERS);
        assertThat(cells.get("el/users").parent()).isEqualTo("1");
    }

    @Test
    void anElementWithoutAnAreaIsLeftOutWithWhatItHoldsAndItsConnectors() throws Exception {
        var b = new DesignBuilder("hidden");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var zone = b.zone(vpc, "us-east-1a");
        var shown = b.subnet(zone, "shown", "10.0.0.0/24");
        var folded = b.add(new Subnet(DesignBuilder.id("folded"), "folded", zone.id(), new Rect(300, 40, 0, 0),
                DesignBuilder.cidr("10.0.1.0/24"), false));
        var visible = b.instance(shown, "visible");
        var inFolded = b.add(Instance.of(DesignBuilder.id("in-folded"), "in-folded", folded.id(),
                new Rect(20, 40, 64, 64)));
        var flat = b.add(Instance.of(DesignBuilder.id("flat"), "flat", shown.id(), new Rect(120, 40, 64, 0)));
        b.targetGroup(vpc, "tg", Protocol.HTTP, 80, visible, inFolded, flat);

        var parsed = ParsedDiagram.parse(DrawioExport.toXml(b.build()));

        assertThat(parsed.byId()).containsKeys("el/shown", "el/visible", "el/tg")
                .doesNotContainKeys("el/folded", "el/in-folded", "el/flat");
        assertThat(parsed.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.source()).isEqualTo("el/tg");
            assertThat(edge.target()).isEqualTo("el/visible");
        });
    }

    @Test
    void theSameTargetRegisteredTwiceGivesTwoConnectorsWithDistinctIds() throws Exception {
        var b = new DesignBuilder("twice");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var subnet = b.subnet(b.zone(vpc, "us-east-1a"), "private", "10.0.0.0/24");
        var web = b.instance(subnet, "web");
        var group = b.targetGroup(vpc, "tg", Protocol.HTTP, 80, web);
        var design = b.build().withReplaced(TargetGroup.of(group.id(), group.name(), group.parent(), group.bounds(),
                Protocol.HTTP, 80, List.of(new TargetRegistration(web.id(), null, null, 8080),
                        new TargetRegistration(web.id(), null, null, 8081))));

        var edges = ParsedDiagram.parse(DrawioExport.toXml(design)).edges();

        assertThat(edges).extracting(ParsedDiagram.ParsedCell::id).containsExactly("link/tg/web", "link/tg/web/2");
    }

    @Test
    void exportingTwiceGivesTheSameFile() {
        assertThat(DrawioExport.toXml(Fixtures.webTier())).isEqualTo(DrawioExport.toXml(Fixtures.webTier()));
    }
}
