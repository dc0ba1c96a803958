package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.BucketEncryption;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports a load balancer whose access-log bucket encrypts with a key its kind cannot write with: Application and
 * Classic Load Balancers only with SSE-S3, Network Load Balancers with SSE-S3 or a customer managed KMS key
 * (ELB-LOG-005). The quick fix sets the bucket's default encryption to SSE-S3, which every kind supports.
 */
public final class LogBucketEncryptionSupported extends CatalogRule {
    public LogBucketEncryptionSupported(Catalog catalog) {
        super(catalog, "ELB-LOG-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var bucket = S3Bucket.receivingLogsOf(design, lb);
            var supported = supported(lb.type());
            if (bucket == null || supported.isEmpty() || supported.contains(bucket.effectiveEncryption())) {
                continue;
            }
            var fix = Edits.change(design, bucket.withEncryption(BucketEncryption.SSE_S3),
                    "Encrypt '" + bucket.name() + "' with SSE-S3");
            findings.add(finding(Values.of("bucket", bucket.bucket())
                    .and("encryption", bucket.effectiveEncryption().description())
                    .and("lb.type", lb.type().displayName())
                    .and("supported", String.join(" or ", supported.stream()
                            .sorted().map(BucketEncryption::description).toList())), fix, lb, bucket));
        }
        return findings;
    }

    /** The encryptions the kind writes logs with; none for a Gateway Load Balancer, which writes no access logs. */
    private static Set<BucketEncryption> supported(LoadBalancerType type) {
        if (type == LoadBalancerType.GATEWAY) {
            return Set.of();
        }
        return type == LoadBalancerType.NETWORK ? AwsLimits.NLB_LOG_BUCKET_ENCRYPTION : AwsLimits.ALB_LOG_BUCKET_ENCRYPTION;
    }
}
