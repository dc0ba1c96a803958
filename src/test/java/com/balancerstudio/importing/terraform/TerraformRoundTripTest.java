package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.SampleFiles;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design exported to Terraform and imported again gives back an equivalent design. */
class TerraformRoundTripTest {
    @TempDir
    Path folder;

    static Stream<Path> samples() {
        return SampleFiles.samples().stream();
    }

    static Stream<Path> exercises() {
        return SampleFiles.exercises().stream();
    }

    private TerraformImport.Result exportAndImport(Design design) throws Exception {
        for (var file : TerraformExport.of(design).files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return TerraformImport.read(folder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleComesBackFromItsTerraform(Path sample) throws Exception {
        var design = DesignFile.read(sample);

        var imported = exportAndImport(design);

        assertThat(DesignEquivalence.differences(design, imported.design())).isEmpty();
        assertThat(imported.notes()).allSatisfy(note -> assertThat(note).contains("endpoint"));
    }

    /** The broken designs of the exercises too: all comes back but what the export said it could not express. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void anExerciseComesBackFromItsTerraform(Path exercise) throws Exception {
        var design = DesignFile.read(exercise);
        var noted = new java.util.HashSet<com.balancerstudio.model.ElementId>();
        TerraformExport.of(design).notExpressed().forEach(note -> noted.add(note.element()));

        var imported = exportAndImport(design);

        assertThat(DesignEquivalence.differencesApartFrom(design, imported.design(), noted)).isEmpty();
    }

    @Test
    void hostileNamesComeBackAsTheyWereAndInjectNothing() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        var evil = "a\" }\nresource \"aws_vpc\" \"pwned\" { cidr_block = \"${var.tags}\" } %{ if true }x%{ endif } \\ ";
        var hostile = new ArrayList<Element>();
        // Certificates and web ACLs become ARN input variables, whose names are labels: they keep plain names.
        design.elements().forEach(e -> hostile.add(e instanceof DnsRecord || e instanceof Certificate
                || e instanceof com.balancerstudio.model.WebAcl ? e : e.withName(evil + e.name())));

        var imported = exportAndImport(Design.of(evil, evil, hostile));

        assertThat(imported.design().elementsOf(Vpc.class)).extracting(Vpc::name).allMatch(name -> name.startsWith(evil));
        assertThat(DesignEquivalence.differences(Design.of(evil, evil, hostile), imported.design())).isEmpty();
    }

    @Test
    void gatewayLoadBalancerEndpointsAndTheRoutesThroughThemComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/gateway-load-balancer-firewalls" + DesignFile.EXTENSION));
        assertThat(TerraformExport.of(design).notExpressed()).extracting(n -> n.element().value())
                .containsExactly("gwlbe-a", "gwlbe-b");

        var imported = exportAndImport(design).design();

        var gwlb = imported.elementsOf(com.balancerstudio.model.LoadBalancer.class).get(0);
        var endpoints = imported.elementsOf(com.balancerstudio.model.GatewayLoadBalancerEndpoint.class);
        assertThat(endpoints).extracting(com.balancerstudio.model.Element::name).containsExactlyInAnyOrder("gwlbe-a",
                "gwlbe-b");
        assertThat(endpoints).allSatisfy(e -> assertThat(e.loadBalancerId()).isEqualTo(gwlb.id()));
        var workload = imported.elementsOf(com.balancerstudio.model.Subnet.class).stream()
                .filter(s -> s.name().startsWith("workload")).toList();
        assertThat(workload).hasSize(2).allSatisfy(s -> assertThat(imported.topology().isPublic(s)).isTrue());
        assertThat(DesignEquivalence.differences(design, imported)).isEmpty();
    }

    @Test
    void theRequestAttributesOfAnAlbComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier" + DesignFile.EXTENSION));
        var alb = design.elementsOf(com.balancerstudio.model.LoadBalancer.class).get(0);
        var changed = design.withReplaced(alb
                .withHeaderHandling(false, com.balancerstudio.model.DesyncMitigationMode.STRICTEST)
                .withClientKeepAlive(7200).withWafFailOpen(true));

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        var back = imported.design().elementsOf(com.balancerstudio.model.LoadBalancer.class).get(0);
        assertThat(back.clientKeepAlive()).isEqualTo(7200);
    }

    @Test
    void theConnectionAttributesOfATargetGroupComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/nlb-elastic-ip-allow-listing" + DesignFile.EXTENSION));
        var g = design.elementsOf(com.balancerstudio.model.TargetGroup.class).get(0);
        var changed = design.withReplaced(g.withIpAddressType(com.balancerstudio.model.TargetIpAddressType.IPV4)
                .withPreserveClientIp(false).withProxyProtocolV2(true));

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
    }

    @Test
    void theConnectionSettingsOfNlbListenersComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/nlb-elastic-ip-allow-listing" + DesignFile.EXTENSION));
        var changed = design;
        for (var l : design.elementsOf(com.balancerstudio.model.Listener.class)) {
            var alpn = l.protocol() == com.balancerstudio.model.Protocol.TLS
                    ? com.balancerstudio.model.AlpnPolicy.HTTP2_PREFERRED : null;
            var idle = l.protocol() == com.balancerstudio.model.Protocol.TCP ? 900 : null;
            changed = changed.withReplaced(l.withConnectionSettings(alpn, idle));
        }
        assertThat(changed.elementsOf(com.balancerstudio.model.Listener.class))
                .anyMatch(l -> l.alpnPolicy() != null || l.tcpIdleTimeoutSeconds() != null);

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
    }

    @Test
    void theTargetFailoverOfAGatewayLoadBalancerTargetGroupComesBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/gateway-load-balancer-firewalls" + DesignFile.EXTENSION));
        var g = design.elementsOf(com.balancerstudio.model.TargetGroup.class).stream()
                .filter(group -> group.protocol() == com.balancerstudio.model.Protocol.GENEVE).findFirst().orElseThrow();
        var rebalance = com.balancerstudio.model.TargetFailoverMode.REBALANCE;
        var changed = design.withReplaced(
                g.withTargetFailover(new com.balancerstudio.model.TargetFailover(rebalance, rebalance)));

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        assertThat(imported.design().elementsOf(com.balancerstudio.model.TargetGroup.class))
                .filteredOn(t -> t.name().equals(g.name())).singleElement()
                .satisfies(t -> assertThat(t.targetFailover())
                        .isEqualTo(new com.balancerstudio.model.TargetFailover(rebalance, rebalance)));
    }

    @Test
    void theStickinessPoliciesOfClassicListenersComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/classic-load-balancer-legacy" + DesignFile.EXTENSION));
        var changed = design;
        for (var l : design.elementsOf(com.balancerstudio.model.Listener.class)) {
            var policy = l.protocol() == com.balancerstudio.model.Protocol.HTTPS
                    ? new com.balancerstudio.model.ClassicStickinessPolicy(
                            com.balancerstudio.model.ClassicStickinessType.LB_COOKIE, 600, null)
                    : new com.balancerstudio.model.ClassicStickinessPolicy(
                            com.balancerstudio.model.ClassicStickinessType.APP_COOKIE, null, "SESSIONID");
            changed = changed.withReplaced(l.withStickinessPolicy(policy));
        }

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        assertThat(imported.design().elementsOf(com.balancerstudio.model.Listener.class))
                .allSatisfy(l -> assertThat(l.stickinessPolicy()).isNotNull());
    }

    @Test
    void cnameRecordsAndTheScopeOfWebAclsComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/route53-failover-two-regions" + DesignFile.EXTENSION));
        var changed = design;
        for (var record : design.elementsOf(com.balancerstudio.model.DnsRecord.class)) {
            changed = changed.withReplaced(new com.balancerstudio.model.DnsRecord(record.id(), record.name(),
                    record.parent(), record.bounds(), record.zoneName(), record.recordName(),
                    com.balancerstudio.model.DnsRecordType.CNAME, record.routingPolicy(), record.failoverRole(),
                    record.setIdentifier(), record.aliasTargetId(), false, false));
        }
        var acl = design.elementsOf(com.balancerstudio.model.WebAcl.class).get(0);
        changed = changed.withReplaced(new com.balancerstudio.model.WebAcl(acl.id(), acl.name(), acl.parent(),
                acl.bounds(), com.balancerstudio.model.WafScope.CLOUDFRONT));
        assertThat(changed.elementsOf(com.balancerstudio.model.DnsRecord.class)).isNotEmpty();

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
    }

    @Test
    void theSecondaryElasticIpsOfANatGatewayAndTheBorderGroupOfAnAddressComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier" + DesignFile.EXTENSION));
        var nat = design.elementsOf(com.balancerstudio.model.NatGateway.class).get(0);
        var region = design.elementsOf(com.balancerstudio.model.Region.class).get(0);
        var second = new com.balancerstudio.model.ElasticIp(com.balancerstudio.model.ElementId.of("eip-second"),
                "eip-second", region.id(), null, "us-east-1-bos-1");
        var changed = design.withAdded(second, design.elements().size()).withReplaced(new com.balancerstudio.model.NatGateway(nat.id(),
                nat.name(), nat.parent(), nat.bounds(), nat.connectivityType(), nat.allocationId(),
                java.util.List.of(second.id())));

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        assertThat(imported.design().elementsOf(com.balancerstudio.model.NatGateway.class))
                .anyMatch(back -> back.secondaryAllocationIds().size() == 1);
        assertThat(imported.design().elementsOf(com.balancerstudio.model.ElasticIp.class))
                .anyMatch(back -> "us-east-1-bos-1".equals(back.networkBorderGroup()));
    }

    @Test
    void theStateOfAStoppedInstanceComesBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier" + DesignFile.EXTENSION));
        var instance = design.elementsOf(com.balancerstudio.model.Instance.class).get(0);
        var changed = design.withReplaced(instance.withState(com.balancerstudio.model.InstanceState.STOPPED));

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        assertThat(imported.design().elementsOf(com.balancerstudio.model.Instance.class)).filteredOn(i -> !i.running())
                .hasSize(1);
    }

    @Test
    void theKeyAlgorithmExpiryAndTypeOfCertificatesComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        var changed = design;
        var first = true;
        for (var c : design.elementsOf(Certificate.class)) {
            changed = changed.withReplaced(new Certificate(c.id(), c.name(), c.parent(), c.bounds(), c.domainName(),
                    c.subjectAlternativeNames(), c.source(), com.balancerstudio.model.KeyAlgorithm.EC_PRIME256V1,
                    first ? "2027-03-31" : null, first ? com.balancerstudio.model.CertificateType.IMPORTED : null));
            first = false;
        }
        assertThat(first).isFalse();

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        assertThat(imported.design().elementsOf(Certificate.class))
                .anyMatch(c -> "2027-03-31".equals(c.notAfter()) && c.renewedByOwner());
    }

    @Test
    void theOrderOfActionsComesBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        var changed = design;
        int order = 1;
        for (var r : design.elementsOf(com.balancerstudio.model.ListenerRule.class)) {
            var a = r.action();
            com.balancerstudio.model.Action withOrder = a;
            if (a instanceof com.balancerstudio.model.Action.Forward f) {
                withOrder = new com.balancerstudio.model.Action.Forward(f.targetGroups(), f.stickinessDuration(), order++);
            } else if (a instanceof com.balancerstudio.model.Action.FixedResponse f) {
                withOrder = new com.balancerstudio.model.Action.FixedResponse(f.contentType(), f.messageBody(),
                        f.statusCode(), order++);
            } else if (a instanceof com.balancerstudio.model.Action.Redirect f) {
                withOrder = new com.balancerstudio.model.Action.Redirect(f.protocol(), f.port(), f.host(), f.path(),
                        f.query(), f.statusCode(), order++);
            }
            changed = changed.withReplaced(new com.balancerstudio.model.ListenerRule(r.id(), r.name(), r.parent(),
                    r.bounds(), r.priority(), r.conditions(), withOrder));
        }
        assertThat(order).isGreaterThan(1);

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        assertThat(imported.design().elementsOf(com.balancerstudio.model.ListenerRule.class))
                .anyMatch(r -> Integer.valueOf(1).equals(r.action().order()));
    }

    @Test
    void generatedIpv6BlocksNumberedSubnetsAndAnOutpostComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier" + DesignFile.EXTENSION));
        var changed = design;
        for (var vpc : design.elementsOf(Vpc.class)) {
            changed = changed.withReplaced(vpc.withIpv6(true, null));
        }
        int number = 0;
        for (var subnet : design.elementsOf(com.balancerstudio.model.Subnet.class)) {
            changed = changed.withReplaced(subnet.withIpv6(null, number++));
        }
        var group = design.elementsOf(com.balancerstudio.model.SecurityGroup.class).get(0);
        var ingress = new ArrayList<>(group.ingress());
        ingress.add(new com.balancerstudio.model.SecurityGroupRule("tcp", 443, 443, null, null, "IPv6 clients",
                com.balancerstudio.model.Ipv6Cidr.parse("::/0")));
        changed = changed.withReplaced(new com.balancerstudio.model.SecurityGroup(group.id(), group.name(),
                group.parent(), group.bounds(), group.description(), ingress, group.egress()));
        var zone = design.elementsOf(com.balancerstudio.model.AvailabilityZone.class).get(0);
        changed = changed.withReplaced(new com.balancerstudio.model.AvailabilityZone(zone.id(), zone.name(),
                zone.parent(), zone.bounds(), zone.zoneName(), com.balancerstudio.model.ZoneType.OUTPOST));

        var files = TerraformExport.of(changed).files();
        var imported = exportAndImport(changed);

        assertThat(String.join("\n", files.values())).contains("assign_generated_ipv6_cidr_block = true")
                .contains("cidrsubnet(aws_vpc.").contains("outpost_arn");
        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
    }

    @Test
    void ipv6BlocksWrittenOutComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier" + DesignFile.EXTENSION));
        var vpcBlock = com.balancerstudio.model.Ipv6Cidr.parse("2600:1f14:abc:de00::/56");
        var changed = design;
        for (var vpc : design.elementsOf(Vpc.class)) {
            changed = changed.withReplaced(vpc.withIpv6(null, vpcBlock));
        }
        int number = 1;
        for (var subnet : design.elementsOf(com.balancerstudio.model.Subnet.class)) {
            changed = changed.withReplaced(subnet.withIpv6(vpcBlock.subnet(8, number++), null));
        }

        var imported = exportAndImport(changed);

        assertThat(String.join("\n", TerraformExport.of(changed).files().values()))
                .contains("\"2600:1f14:abc:de00::/56\"").contains("ipv6_ipam_pool_id");
        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
    }

    @Test
    void lambdaFunctionTargetsAndTheirPermissionComeBack() throws Exception {
        for (var invokable : new boolean[] {true, false}) {
            var design = com.balancerstudio.testing.LambdaDesigns.reportsOnLambda(invokable, 10);

            var imported = exportAndImport(design);

            assertThat(DesignEquivalence.differences(design, imported.design())).isEmpty();
        }
    }

    @Test
    void logBucketsWithTheirEncryptionAndPolicyAndAClassicEmitIntervalComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        var bucket = design.elementsOf(com.balancerstudio.model.S3Bucket.class).get(0);
        for (var encryption : com.balancerstudio.model.BucketEncryption.values()) {
            var changed = design.withReplaced(bucket.withEncryption(encryption).withElbLogDelivery(false));

            var imported = exportAndImport(changed);

            assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        }
        var classic = DesignFile.read(Path.of("sample-designs/classic-load-balancer-legacy" + DesignFile.EXTENSION));
        var clb = classic.elementsOf(com.balancerstudio.model.LoadBalancer.class).get(0);
        var every5 = classic.withReplaced(com.balancerstudio.ui.inspector.RecordCopier.with(clb, "accessLogs",
                clb.accessLogs().withEmitInterval(5)));

        // A folder of its own: the microservices files must not be read with the Classic sample's.
        folder = Files.createTempDirectory(folder, "classic");
        assertThat(DesignEquivalence.differences(every5, exportAndImport(every5).design())).isEmpty();
    }
}
