package com.balancerstudio.rules.edge;

import static com.balancerstudio.rules.edge.EdgeDesigns.alb;
import static com.balancerstudio.rules.edge.EdgeDesigns.filled;
import static com.balancerstudio.rules.edge.EdgeDesigns.id;
import static com.balancerstudio.rules.edge.EdgeDesigns.plus;
import static com.balancerstudio.rules.edge.EdgeDesigns.withLogs;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.BucketEncryption;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-LOG-003, 005 and 006: the S3 bucket of the design that a load balancer writes its access logs to. */
class LogBucketRulesTest {
    /** The web tier's ALB logs to "example-web-alb-logs". */
    private static final String LOG_BUCKET = "example-web-alb-logs";
    private final Design web = Fixtures.webTier();

    private static S3Bucket bucket(String region, BucketEncryption encryption, boolean delivery) {
        return new S3Bucket(id("logs"), "logs", id(region), null, LOG_BUCKET, encryption, delivery);
    }

    private Design withBucket(S3Bucket bucket) {
        return plus(web, bucket);
    }

    /** The web tier plus an NLB with a TLS listener logging to the same bucket. */
    private Design withNlbLoggingTo(S3Bucket bucket) {
        var nlb = withLogs(LoadBalancer.of(id("nlb"), "nlb", id("vpc"), null, LoadBalancerType.NETWORK, false,
                List.of(SubnetMapping.of(id("public-a")))), new AccessLogs(true, LOG_BUCKET, "nlb", null));
        var design = plus(withBucket(bucket), nlb);
        return plus(design, Listener.of(id("nlb-tls"), nlb.id(), Protocol.TLS, 443, null,
                Action.Forward.to(id("web-tg"))));
    }

    @Test
    void aLogBucketInAnotherRegionIsRefused() {
        var design = plus(plus(web, new Region(id("eu-west-1"), "eu-west-1", null, null, "eu-west-1")),
                bucket("eu-west-1", null, true));

        assertThat(findings(design, "ELB-LOG-003")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Access-log bucket example-web-alb-logs is in eu-west-1; it must be in "
                    + "the load balancer's Region (us-east-1).");
            assertThat(f.elementIds()).containsExactly(id("web-alb"), id("logs"));
        });
    }

    @Test
    void aLogBucketOfTheSameRegionOrOutsideTheDesignOrUnusedIsQuiet() {
        assertThat(findings(withBucket(bucket("us-east-1", null, true)), "ELB-LOG-003")).isEmpty();
        assertThat(findings(web, "ELB-LOG-003")).isEmpty();
        var logsOff = web.withReplaced(withLogs(alb(web), new AccessLogs(false, LOG_BUCKET, null, null)));
        var elsewhere = plus(plus(logsOff, new Region(id("eu-west-1"), "eu-west-1", null, null, "eu-west-1")),
                bucket("eu-west-1", null, true));
        assertThat(findings(elsewhere, "ELB-LOG-003")).isEmpty();
    }

    @Test
    void aKmsEncryptedBucketIsRefusedForAnAlbAndTheQuickFixSwitchesToSseS3() {
        var design = withBucket(bucket("us-east-1", BucketEncryption.SSE_KMS_CUSTOMER_MANAGED_KEY, true));

        var found = findings(design, "ELB-LOG-005");
        assertThat(found).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Bucket example-web-alb-logs uses SSE-KMS with a customer managed key; "
                    + "Application Load Balancer access logs support only SSE-S3 (Amazon S3 managed keys).");
            assertThat(f.elementIds()).containsExactly(id("web-alb"), id("logs"));
        });
        var fixed = found.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(fixed.get(id("logs"), S3Bucket.class).serverSideEncryption()).isEqualTo(BucketEncryption.SSE_S3);
        assertThat(findings(fixed, "ELB-LOG-005")).isEmpty();
    }

    @Test
    void anNlbAcceptsACustomerManagedKeyButNotTheAwsManagedOne() {
        var cmk = withNlbLoggingTo(bucket("us-east-1", BucketEncryption.SSE_KMS_CUSTOMER_MANAGED_KEY, true));
        assertThat(findings(cmk, "ELB-LOG-005")).extracting(f -> f.primaryElement()).containsExactly(id("web-alb"));

        var awsManaged = withNlbLoggingTo(bucket("us-east-1", BucketEncryption.SSE_KMS_AWS_MANAGED_KEY, true));
        assertThat(findings(awsManaged, "ELB-LOG-005")).filteredOn(f -> f.primaryElement().equals(id("nlb")))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Bucket example-web-alb-logs uses "
                        + "SSE-KMS with the AWS managed key; Network Load Balancer access logs support only SSE-S3 "
                        + "(Amazon S3 managed keys) or SSE-KMS with a customer managed key."));
        assertThat(findings(withNlbLoggingTo(bucket("us-east-1", null, true)), "ELB-LOG-005")).isEmpty();
    }

    @Test
    void aBucketWhosePolicyKeepsLogsOutIsRefusedOnceAndTheQuickFixAllowsDelivery() {
        var design = withNlbLoggingTo(bucket("us-east-1", null, false));

        var found = findings(design, "ELB-LOG-006");
        assertThat(found).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Bucket example-web-alb-logs does not allow Elastic Load Balancing to "
                    + "write access logs.");
            assertThat(f.elementIds()).containsExactly(id("logs"), id("web-alb"), id("nlb"));
        });
        var fixed = found.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(fixed.get(id("logs"), S3Bucket.class).allowElbLogDelivery()).isTrue();
        assertThat(findings(fixed, "ELB-LOG-006")).isEmpty();
    }

    @Test
    void aBucketNoLoadBalancerWritesToNeedsNoDeliveryPolicy() {
        var logsOff = web.withReplaced(withLogs(alb(web), new AccessLogs(false, LOG_BUCKET, null, null)));
        assertThat(findings(plus(logsOff, bucket("us-east-1", null, false)), "ELB-LOG-006")).isEmpty();
        assertThat(findings(withBucket(bucket("us-east-1", null, true)), "ELB-LOG-006")).isEmpty();
    }
}
