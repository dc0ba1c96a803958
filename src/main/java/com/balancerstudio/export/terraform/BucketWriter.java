package com.balancerstudio.export.terraform;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.rules.AwsLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The access-log buckets: each becomes an aws_s3_bucket, its default encryption when the design sets one, and, when
 * the design lets Elastic Load Balancing deliver logs, the bucket policy that allows it for the load balancers that
 * write there (the ALB user guide's "Enable access logs" policy, and the log delivery service's for Network Load
 * Balancers).
 */
final class BucketWriter {
    private final ExportContext context;
    private final Map<String, String> callerIdentities = new HashMap<>();
    private final Map<String, String> elbAccounts = new HashMap<>();

    BucketWriter(ExportContext context) {
        this.context = context;
    }

    /** The address of the policy a bucket of the design gets when it allows log delivery, or null. */
    static Address policyAddress(ExportContext context, S3Bucket bucket) {
        var own = context.plan.address(bucket.id());
        return own == null || !bucket.allowElbLogDelivery() ? null
                : Address.of("aws_s3_bucket_policy", context.bucketLabel(bucket));
    }

    void write() {
        for (var bucket : context.design.elementsOf(S3Bucket.class)) {
            var own = context.plan.address(bucket.id());
            context.resource(ExportContext.STORAGE, bucket, new Body().str("bucket", bucket.bucket())
                    .attr("tags", ExportContext.tags(bucket.name())));
            encryption(bucket, own);
            if (bucket.allowElbLogDelivery()) {
                policy(bucket, own);
            }
        }
    }

    private void encryption(S3Bucket bucket, Address own) {
        var encryption = bucket.serverSideEncryption();
        if (encryption == null) {
            return;
        }
        var key = encryption.customerManagedKey() ? context.inputs.declare(
                context.labels.takeFirstFree("variable", "kms_key", bucket.name() + " kms key arn",
                        bucket.id().value() + " kms key arn"), "string",
                "ARN of the customer managed KMS key that encrypts the bucket " + bucket.bucket()
                        + " (design element " + bucket.id().value() + ")", null) : null;
        var body = new Body().attr("bucket", own.attr("id"))
                .block("rule", r -> r.block("apply_server_side_encryption_by_default", d -> d
                        .str("sse_algorithm", encryption.sseAlgorithm())
                        .attr("kms_master_key_id", key)));
        context.resources.add(ExportContext.STORAGE,
                Address.of("aws_s3_bucket_server_side_encryption_configuration", context.bucketLabel(bucket)),
                context.providers.regionOf(bucket), body);
    }

    private void policy(S3Bucket bucket, Address own) {
        var region = context.providers.regionOf(bucket);
        var writers = context.design.elementsOf(LoadBalancer.class).stream()
                .filter(lb -> bucket.equals(S3Bucket.receivingLogsOf(context.design, lb))).toList();
        var document = new Body();
        boolean network = writers.stream().anyMatch(lb -> lb.type() == LoadBalancerType.NETWORK);
        boolean others = writers.isEmpty() || writers.stream().anyMatch(lb -> lb.type() != LoadBalancerType.NETWORK);
        if (others) {
            document.block("statement", s -> s
                    .str("sid", "ElasticLoadBalancingAccessLogs")
                    .attr("actions", Expr.list(List.of(Expr.str("s3:PutObject"))))
                    .attr("resources", Expr.list(logPaths(bucket, own, writers, false)))
                    .block("principals", p -> elbPrincipal(p, region)));
        }
        if (network) {
            document.block("statement", s -> s
                    .str("sid", "NetworkLoadBalancerAccessLogs")
                    .attr("actions", Expr.list(List.of(Expr.str("s3:PutObject"))))
                    .attr("resources", Expr.list(logPaths(bucket, own, writers, true)))
                    .block("principals", p -> p.str("type", "Service")
                            .attr("identifiers", Expr.list(List.of(Expr.str(AwsLimits.NLB_LOG_DELIVERY_PRINCIPAL)))))
                    .block("condition", c -> c.str("test", "StringEquals").str("variable", "s3:x-amz-acl")
                            .attr("values", Expr.list(List.of(Expr.str("bucket-owner-full-control"))))));
            document.block("statement", s -> s
                    .str("sid", "NetworkLoadBalancerAclCheck")
                    .attr("actions", Expr.list(List.of(Expr.str("s3:GetBucketAcl"))))
                    .attr("resources", Expr.list(List.of(own.attr("arn"))))
                    .block("principals", p -> p.str("type", "Service")
                            .attr("identifiers", Expr.list(List.of(Expr.str(AwsLimits.NLB_LOG_DELIVERY_PRINCIPAL))))));
        }
        var documentLabel = context.labels.take("data.aws_iam_policy_document",
                context.bucketLabel(bucket) + " access logs", "access_logs");
        context.resources.addData(ExportContext.STORAGE, "aws_iam_policy_document", documentLabel, region, document);
        context.resources.add(ExportContext.STORAGE, policyAddress(context, bucket), region, new Body()
                .attr("bucket", own.attr("id"))
                .attr("policy", Expr.raw("data.aws_iam_policy_document." + documentLabel + ".json")));
    }

    /**
     * Regions opened since August 2022 take the log delivery service principal; older ones the Regional Elastic Load
     * Balancing account, which the aws_elb_service_account data source looks up. The design's Region code decides.
     */
    private void elbPrincipal(Body principals, String region) {
        if (AwsLimits.REGIONS_WITH_ELB_LOG_ACCOUNT.contains(region)) {
            var label = elbAccounts.computeIfAbsent(region, r -> {
                var taken = context.labels.take("data.aws_elb_service_account", "elb " + r, "elb");
                context.resources.addData(ExportContext.STORAGE, "aws_elb_service_account", taken, r, new Body());
                return taken;
            });
            principals.str("type", "AWS").attr("identifiers",
                    Expr.list(List.of(Expr.raw("data.aws_elb_service_account." + label + ".arn"))));
        } else {
            principals.str("type", "Service").attr("identifiers",
                    Expr.list(List.of(Expr.str(AwsLimits.ELB_LOG_DELIVERY_PRINCIPAL))));
        }
    }

    /** bucket-arn/prefix/AWSLogs/account-id/* for each prefix the (Network or other) load balancers write under. */
    private List<Expr> logPaths(S3Bucket bucket, Address own, List<LoadBalancer> writers, boolean network) {
        var prefixes = new LinkedHashSet<String>();
        for (var lb : writers) {
            if ((lb.type() == LoadBalancerType.NETWORK) == network) {
                prefixes.add(lb.accessLogs().prefix() == null || lb.accessLogs().prefix().isBlank() ? ""
                        : lb.accessLogs().prefix());
            }
        }
        if (prefixes.isEmpty()) {
            prefixes.add("");
        }
        var account = "data.aws_caller_identity." + callerIdentity(context.providers.regionOf(bucket)) + ".account_id";
        var paths = new ArrayList<Expr>();
        for (var prefix : prefixes) {
            // The prefix is text from the design: quoted (and so escaped) before it joins the template.
            var quoted = prefix.isEmpty() ? "" : Hcl.quote(prefix).substring(1, Hcl.quote(prefix).length() - 1) + "/";
            paths.add(Expr.raw("\"${" + own.attr("arn").render() + "}/" + quoted + "AWSLogs/${" + account + "}/*\""));
        }
        return paths;
    }

    private String callerIdentity(String region) {
        return callerIdentities.computeIfAbsent(region, r -> {
            var label = context.labels.take("data.aws_caller_identity", context.providers.several() ? "current " + r
                    : "current", "current");
            context.resources.addData(ExportContext.STORAGE, "aws_caller_identity", label, r, new Body());
            return label;
        });
    }
}
