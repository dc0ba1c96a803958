package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclBody;
import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.BucketEncryption;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.rules.AwsLimits;
import java.util.regex.Pattern;

/**
 * S3 buckets with their default encryption and whether their bucket policy lets Elastic Load Balancing deliver
 * access logs, and the bucket name that a load balancer's access_logs refers to.
 */
final class BucketImport {
    private static final Pattern POLICY_DOCUMENT = Pattern.compile("data\\.aws_iam_policy_document\\.([A-Za-z0-9_-]+)");

    private final Assembly assembly;

    BucketImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::bucket, "aws_s3_bucket");
        assembly.each(this::encryption, "aws_s3_bucket_server_side_encryption_configuration");
        assembly.each(this::policy, "aws_s3_bucket_policy");
    }

    /** The bucket name a value stands for: a reference to a bucket of the configuration, or the name itself. */
    String bucketName(Object value, Arguments arguments, String argument) throws HclException {
        if (value instanceof AttributeRef ref && ref.instance().type().equals("aws_s3_bucket")) {
            return assembly.refTo(value, arguments, argument, S3Bucket.class).bucket();
        }
        return Values.text(value, arguments.positionOf(argument), argument);
    }

    private void bucket(ResourceInstance instance, Arguments arguments) throws HclException {
        var name = Names.of(arguments, instance);
        var region = assembly.regionOf(instance);
        assembly.add(instance, new S3Bucket(assembly.newId(name), name, region.id(), null,
                arguments.requiredText("bucket"), null, false));
    }

    private void encryption(ResourceInstance instance, Arguments arguments) throws HclException {
        var bucket = assembly.ref(arguments, "bucket", S3Bucket.class);
        var rule = arguments.block("rule");
        var defaults = rule == null ? null : rule.block("apply_server_side_encryption_by_default");
        var encryption = defaults == null ? null
                : BucketEncryption.of(defaults.text("sse_algorithm"), defaults.has("kms_master_key_id"));
        if (encryption == null) {
            assembly.note(arguments, instance.address() + " sets no default encryption this design knows; left out");
            return;
        }
        assembly.replace(bucket.withEncryption(encryption));
    }

    /**
     * A policy that names the Elastic Load Balancing log delivery principal, the Regional Elastic Load Balancing
     * account (through aws_elb_service_account) or the log delivery service of Network Load Balancers, directly or in
     * the aws_iam_policy_document it is made from, lets load balancers write access logs. The statements themselves
     * are not modelled.
     */
    private void policy(ResourceInstance instance, Arguments arguments) throws HclException {
        var bucket = assembly.ref(arguments, "bucket", S3Bucket.class);
        var text = new StringBuilder();
        instance.resource().block().body().attribute("policy").ifPresent(a -> text.append(a.expression().source()));
        var documents = POLICY_DOCUMENT.matcher(text.toString());
        while (documents.find()) {
            var document = assembly.evaluation.configuration().data.get("data.aws_iam_policy_document."
                    + documents.group(1));
            if (document != null) {
                append(document.block().body(), text);
            }
        }
        var policy = text.toString();
        if (policy.contains(AwsLimits.ELB_LOG_DELIVERY_PRINCIPAL) || policy.contains("aws_elb_service_account")
                || policy.contains(AwsLimits.NLB_LOG_DELIVERY_PRINCIPAL)) {
            assembly.replace(bucket.withElbLogDelivery(true));
        } else {
            assembly.note(arguments, "the policy of " + instance.address() + " does not let Elastic Load Balancing "
                    + "write access logs; its statements are not part of a design");
        }
    }

    private static void append(HclBody body, StringBuilder text) {
        body.attributes().forEach(a -> text.append(' ').append(a.expression().source()));
        body.blocks().forEach(b -> append(b.body(), text));
    }
}
