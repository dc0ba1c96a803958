package com.balancerstudio.export.terraform;

import static com.balancerstudio.testing.DesignBuilder.defaultRoute;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.SampleFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformExportTest {
    private static final String HOSTILE = "x\" }\nresource \"aws_vpc\" \"pwned\" { cidr_block = \"${var.tags}\" }"
            + " %{ if true }yes%{ endif } back\\slash \t\u0001 ";

    @Test
    void subnetsNatGatewaysAndRoutesThatRepeatPerZoneAreOneResourceKeyedByZone() {
        var config = TerraformExport.of(Fixtures.webTier());
        var network = config.files().get("network.tf");

        assertThat(network).contains("resource \"aws_subnet\" \"public\" {\n  for_each = {\n"
                + "    \"us-east-1a\" = { cidr_block = \"10.0.0.0/24\", name = \"public-a\" }\n"
                + "    \"us-east-1b\" = { cidr_block = \"10.0.1.0/24\", name = \"public-b\" }\n  }");
        assertThat(network).contains("  availability_zone = each.key\n");
        assertThat(network).contains("resource \"aws_nat_gateway\" \"nat\" {")
                .contains("  allocation_id = aws_eip.eip[each.key].id\n  subnet_id     = aws_subnet.public[each.key].id\n");
        assertThat(network).contains("resource \"aws_route_table\" \"private_rt\" {")
                .contains("  nat_gateway_id         = aws_nat_gateway.nat[each.key].id\n");
        assertThat(config.files().get("load_balancing.tf")).contains("  subnets                    = values(aws_subnet.public)[*].id\n");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void everyResourceWithTagsGetsItsNameMergedWithTheCommonTags() {
        var config = TerraformExport.of(Fixtures.webTier());

        assertThat(config.files().get("load_balancing.tf")).contains("  tags = merge(var.tags, {\n    Name = \"web-alb\"\n  })\n");
        assertThat(config.files().get("variables.tf")).contains("variable \"tags\" {");
        assertThat(TerraformTexts.all(config)).doesNotContain("tags = {");
    }

    @Test
    void theHttpListenerRedirectsToHttpsAndTheHttpsListenerUsesTheCertificateInput() {
        var config = TerraformExport.of(Fixtures.webTier());
        var listeners = config.files().get("load_balancing.tf");

        assertThat(listeners).contains("    type = \"redirect\"\n\n    redirect {\n      port        = \"443\"\n"
                + "      protocol    = \"HTTPS\"\n      status_code = \"HTTP_301\"\n    }");
        assertThat(listeners).contains("  certificate_arn   = var.www_cert_certificate_arn\n");
        assertThat(config.files().get("variables.tf")).contains("variable \"www_cert_certificate_arn\" {\n"
                + "  description = \"ARN of the ACM certificate for www.example.com (design element www-cert)\"\n"
                + "  type        = string\n}");
    }

    @Test
    void aClassicLoadBalancerStatesCrossZoneLoadBalancingBecauseTerraformWouldTurnItOn() {
        var b = new DesignBuilder("classic");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var subnet = b.subnet(b.zone(vpc, "us-east-1a"), "subnet-a", "10.0.0.0/24");
        var web = b.instance(subnet, "web");
        var clb = b.add(new LoadBalancer(ElementId.of("clb"), "clb", vpc.id(), null, LoadBalancerType.CLASSIC, false,
                List.of(SubnetMapping.of(subnet.id())), List.of(), null, null, false, null,
                null, null, null, List.of(web.id()), null, null, null, null, null, null, null));
        b.add(new Listener(ElementId.of("http"), "HTTP :80", clb.id(), null, Protocol.HTTP, 80, null, List.of(), null,
                null, Protocol.HTTP, 8080, false, null, null, null));

        var text = TerraformExport.of(b.build()).files().get("load_balancing.tf");

        assertThat(text).contains("resource \"aws_elb\" \"clb\" {").contains("cross_zone_load_balancing = false")
                .contains("instances                 = [aws_instance.web.id]")
                .contains("    instance_port     = 8080\n");
    }

    @Test
    void severalRegionsGetOneAliasedProviderEachAndEveryResourceNamesItsProvider() {
        var b = new DesignBuilder("two regions");
        b.vpc(b.region("us-east-1"), "east", "10.0.0.0/16");
        b.vpc(b.region("eu-west-1"), "west", "10.1.0.0/16");

        var config = TerraformExport.of(b.build());

        assertThat(config.files().get("providers.tf")).contains("  alias  = \"us_east_1\"\n  region = var.regions[\"us_east_1\"]")
                .contains("  alias  = \"eu_west_1\"\n  region = var.regions[\"eu_west_1\"]");
        assertThat(config.files().get("network.tf")).contains("resource \"aws_vpc\" \"east\" {\n  provider = aws.us_east_1\n")
                .contains("resource \"aws_vpc\" \"west\" {\n  provider = aws.eu_west_1\n");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void whatCannotBeExpressedIsListedAndNothingPointsAtWhatIsMissing() {
        var design = Fixtures.webTier();
        var http = design.get(ElementId.of("http"), Listener.class);
        var broken = Fixtures.with(design, http.withDefaultAction(Action.Forward.to(ElementId.of("gone-tg"))));

        var config = TerraformExport.of(broken);

        assertThat(config.notExpressed()).extracting(NotExpressed::toString)
                .contains("http: target group 'gone-tg' is not in the design; left out",
                        "http: forwards to no target group; it answers 503 instead");
        assertThat(config.files().get("load_balancing.tf")).contains("status_code  = \"503\"");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void hostileNamesStayStringsAndAddNoBlocks() {
        var plain = TerraformExport.of(prefixed(Fixtures.webTier(), ""));
        var config = TerraformExport.of(prefixed(Fixtures.webTier(), HOSTILE));

        TerraformTexts.assertWellFormed(config);
        assertThat(TerraformTexts.shape(config)).isEqualTo(TerraformTexts.shape(plain));
        var strings = new ArrayList<String>();
        config.files().values().forEach(text -> {
            var scan = HclScanner.scan(text);
            assertThat(scan.interpolations()).isZero();
            assertThat(scan.directives()).isZero();
            strings.addAll(scan.strings());
        });
        assertThat(strings).contains(HOSTILE + "web-alb", HOSTILE + "us-east-1a", HOSTILE + "/health", HOSTILE + "sg",
                HOSTILE + "/*", HOSTILE + "body");
        assertThat(TerraformTexts.all(config)).doesNotContain("\"pwned\" {");
    }

    /**
     * The design with the text before every name, zone name, description, health check path and condition value,
     * and a security group and listener rule to carry the last two.
     */
    private static Design prefixed(Design design, String prefix) {
        var elements = new ArrayList<Element>();
        for (var element : design.elements()) {
            var renamed = element.withName(prefix + element.name());
            if (renamed instanceof AvailabilityZone zone) {
                renamed = new AvailabilityZone(zone.id(), zone.name(), zone.parent(), zone.bounds(),
                        prefix + zone.zoneName());
            } else if (renamed instanceof TargetGroup group) {
                renamed = group.withHealthCheck(new HealthCheck(true, Protocol.HTTP, null,
                        prefix + "/health", null, null, null, null, null));
            }
            elements.add(renamed);
        }
        var vpc = design.elementsOf(Vpc.class).get(0);
        elements.add(new SecurityGroup(ElementId.of("hostile-sg"), prefix + "sg", vpc.id(), null, prefix, List.of(),
                List.of()));
        var https = design.get(ElementId.of("https"), Listener.class);
        elements.add(new ListenerRule(ElementId.of("hostile-rule"), prefix + "rule", https.id(), null, 10,
                List.of(RuleCondition.of(ConditionField.PATH_PATTERN, prefix + "/*")),
                new Action.FixedResponse("text/plain", prefix + "body", "200", null)));
        return Design.of(prefix + "design", prefix, elements);
    }

    @Test
    void aNetworkLoadBalancerWithAnElasticIpPerZoneMapsThemWithOneDynamicBlock() throws Exception {
        var design = DesignFile.read(SampleFiles.SAMPLES
                .resolve("nlb-elastic-ip-allow-listing" + DesignFile.EXTENSION));

        var config = TerraformExport.of(design);

        assertThat(config.files().get("load_balancing.tf")).contains("  dynamic \"subnet_mapping\" {\n"
                + "    for_each = aws_subnet.public\n\n    content {\n      subnet_id     = subnet_mapping.value.id\n"
                + "      allocation_id = aws_eip.partner_address[subnet_mapping.key].id\n    }\n  }");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void clientsAreReportedAsNotAwsResources() {
        var b = new DesignBuilder("clients");
        b.add(new Client(ElementId.of("users"), "users", null, null, null, null));
        var config = TerraformExport.of(b.build());

        assertThat(config.notExpressed()).extracting(NotExpressed::toString)
                .containsExactly("users: clients are where simulated traffic comes from, not AWS resources");
        assertThat(config.files()).containsOnlyKeys("versions.tf", "providers.tf", "variables.tf");
    }

    @Test
    void aRouteTableOfTwoZonesStaysOneResourceAndItsRoutesFollowIt() {
        var b = new DesignBuilder("shared table");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var igw = b.internetGateway(region, "igw", vpc);
        var a = b.subnet(b.zone(vpc, "us-east-1a"), "web-a", "10.0.0.0/24");
        var c = b.subnet(b.zone(vpc, "us-east-1c"), "web-c", "10.0.2.0/24");
        b.routeTable(vpc, "public-rt", List.of(defaultRoute(igw)), a, c);

        var network = TerraformExport.of(b.build()).files().get("network.tf");

        assertThat(network).contains("resource \"aws_route_table\" \"public_rt\" {\n  vpc_id = aws_vpc.vpc.id\n")
                .contains("resource \"aws_route\" \"public_rt_default\" {\n  route_table_id")
                .contains("resource \"aws_route_table_association\" \"web\" {\n  for_each = toset([\"us-east-1a\", \"us-east-1c\"])\n");
    }
}
