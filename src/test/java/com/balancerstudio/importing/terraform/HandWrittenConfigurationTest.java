package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configuration written by hand rather than exported: count, locals, cidrsubnet, data sources, inline rules and
 * references by index are followed; what a design does not draw is said, with where.
 */
class HandWrittenConfigurationTest {
    private static TerraformImport.Result result;
    private static Design design;

    @BeforeAll
    static void importIt() throws Exception {
        result = TerraformImport.read(Path.of("src/test/resources/terraform-import/hand-written"));
        design = result.design();
    }

    @Test
    void subnetsMadeWithCountAndCidrsubnetLandInTheirZones() {
        assertThat(design.elementsOf(AvailabilityZone.class)).extracting(AvailabilityZone::zoneName)
                .containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(design.elementsOf(Subnet.class)).extracting(s -> s.name() + " " + s.cidrBlock() + " "
                        + design.topology().zoneNameOf(s))
                .containsExactly("shop-public-1 10.20.0.0/24 eu-west-1a", "shop-public-2 10.20.1.0/24 eu-west-1b",
                        "shop-private-1 10.20.10.0/24 eu-west-1a", "shop-private-2 10.20.11.0/24 eu-west-1b");
    }

    @Test
    void inlineRoutesMakePublicAndPrivateSubnets() {
        var topology = design.topology();
        assertThat(design.elementsOf(Subnet.class)).extracting(s -> s.name() + " " + topology.isPublic(s))
                .containsExactly("shop-public-1 true", "shop-public-2 true", "shop-private-1 false",
                        "shop-private-2 false");
        var privateRoutes = design.elementsOf(RouteTable.class).get(1);
        assertThat(privateRoutes.routes()).hasSize(1);
        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("main.tf:").contains("172.16.0.0/16").contains("vpc peering connection"));
    }

    @Test
    void inlineAndSeparateSecurityGroupRulesAreBothRead() {
        var groups = design.elementsOf(SecurityGroup.class);
        var alb = groups.get(0);
        var web = groups.get(1);
        assertThat(alb.ingress()).singleElement().satisfies(r -> assertThat(r.fromPort()).isEqualTo(443));
        assertThat(alb.egress()).singleElement().satisfies(r -> assertThat(r.ipProtocol()).isEqualTo("-1"));
        assertThat(web.ingress()).singleElement()
                .satisfies(r -> assertThat(r.referencedSecurityGroupId()).isEqualTo(alb.id()));
    }

    @Test
    void instancesFromCountAreRegisteredByIndex() {
        var instances = design.elementsOf(Instance.class);
        assertThat(instances).extracting(Instance::name).containsExactly("shop-web-0", "shop-web-1");
        assertThat(instances).extracting(i -> design.get(i.parent()).name())
                .containsExactly("shop-private-1", "shop-private-2");
        var group = design.elementsOf(TargetGroup.class).get(0);
        assertThat(group.targets()).extracting(t -> t.targetId() + ":" + t.port())
                .containsExactly(instances.get(0).id() + ":8080", instances.get(1).id() + ":8080");
        assertThat(group.healthCheck().path()).isEqualTo("/healthz");
    }

    @Test
    void theLoadBalancerItsListenerAndRuleAreThere() {
        var lb = design.elementsOf(LoadBalancer.class).get(0);
        assertThat(lb.name()).isEqualTo("shop-alb");
        assertThat(lb.subnetIds()).extracting(id -> design.get(id).name())
                .containsExactly("shop-public-1", "shop-public-2");
        var listener = design.elementsOf(Listener.class).get(0);
        assertThat(listener.name()).isEqualTo("HTTPS :443");
        assertThat(design.get(listener.certificateId()).name()).isEqualTo("certificate 0a1b2c3d");
        var rule = design.elementsOf(ListenerRule.class).get(0);
        assertThat(rule.action()).isEqualTo(new Action.FixedResponse("application/json",
                "{\"status\":\"maintenance\"}", "503", null));
    }

    @Test
    void whatADesignDoesNotDrawIsSaidWithWhere() {
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("module 'dns' is not followed"));
        // The S3 bucket is one of a design (an access-log bucket), though no load balancer logs to it here.
        assertThat(result.notes()).noneSatisfy(note -> assertThat(note).contains("aws_s3_bucket"));
        assertThat(design.elementsOf(com.balancerstudio.model.S3Bucket.class)).singleElement()
                .satisfies(bucket -> assertThat(bucket.bucket()).isEqualTo("shop-alb-logs"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .contains("data.aws_availability_zones.available").contains("eu-west-1a, eu-west-1b, eu-west-1c"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("certificate")
                .contains("its domain is not known"));
    }

    @Test
    void theImportedDesignHasNoErrorsOfItsOwnMaking() {
        var errors = CoreRules.create(Catalog.bundled()).check(design).stream()
                .filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + " " + f.message()).toList();
        assertThat(errors).isEmpty();
    }
}
