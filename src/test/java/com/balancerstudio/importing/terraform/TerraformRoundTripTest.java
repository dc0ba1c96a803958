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
    void theRequestAttributesOfAnAlbComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier" + DesignFile.EXTENSION));
        var alb = design.elementsOf(com.balancerstudio.model.LoadBalancer.class).get(0);
        var changed = design.withReplaced(new com.balancerstudio.model.LoadBalancer(alb.id(), alb.name(), alb.parent(),
                alb.bounds(), alb.type(), alb.internal(), alb.subnetMappings(), alb.securityGroupIds(),
                alb.ipAddressType(), alb.idleTimeout(), alb.enableDeletionProtection(), alb.accessLogs(), alb.webAclId(),
                alb.enableHttp2(), alb.enableCrossZoneLoadBalancing(), alb.instanceIds(), alb.healthCheck(),
                alb.connectionDrainingTimeout(), false, com.balancerstudio.model.DesyncMitigationMode.STRICTEST, 7200,
                true));

        var imported = exportAndImport(changed);

        assertThat(DesignEquivalence.differences(changed, imported.design())).isEmpty();
        var back = imported.design().elementsOf(com.balancerstudio.model.LoadBalancer.class).get(0);
        assertThat(back.clientKeepAlive()).isEqualTo(7200);
    }

    @Test
    void theConnectionAttributesOfATargetGroupComeBack() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/nlb-elastic-ip-allow-listing" + DesignFile.EXTENSION));
        var g = design.elementsOf(com.balancerstudio.model.TargetGroup.class).get(0);
        var changed = design.withReplaced(new com.balancerstudio.model.TargetGroup(g.id(), g.name(), g.parent(),
                g.bounds(), g.protocol(), g.port(), g.targetType(), g.protocolVersion(), g.loadBalancingAlgorithmType(),
                g.healthCheck(), g.stickiness(), g.deregistrationDelay(), g.slowStart(),
                g.loadBalancingCrossZoneEnabled(), g.targets(), com.balancerstudio.model.TargetIpAddressType.IPV4,
                false, true));

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
            changed = changed.withReplaced(new com.balancerstudio.model.Listener(l.id(), l.name(), l.parent(),
                    l.bounds(), l.protocol(), l.port(), l.certificateId(), l.additionalCertificateIds(), l.sslPolicy(),
                    l.defaultAction(), l.instanceProtocol(), l.instancePort(), l.websockets(), alpn, idle));
        }
        assertThat(changed.elementsOf(com.balancerstudio.model.Listener.class))
                .anyMatch(l -> l.alpnPolicy() != null || l.tcpIdleTimeoutSeconds() != null);

        var imported = exportAndImport(changed);

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
