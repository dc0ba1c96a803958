package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reports a bucket of the design that load balancers write access logs to while its bucket policy does not let
 * Elastic Load Balancing deliver them (ELB-LOG-006); enabling access logs then fails with "Access Denied". The quick
 * fix adds the log delivery statement to the bucket's policy.
 */
public final class LogBucketAllowsDelivery extends CatalogRule {
    public LogBucketAllowsDelivery(Catalog catalog) {
        super(catalog, "ELB-LOG-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var writers = new LinkedHashMap<S3Bucket, List<Element>>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var bucket = S3Bucket.receivingLogsOf(design, lb);
            if (bucket != null && !bucket.allowElbLogDelivery() && lb.type() != LoadBalancerType.GATEWAY) {
                writers.computeIfAbsent(bucket, b -> new ArrayList<>(List.of(b))).add(lb);
            }
        }
        var findings = new ArrayList<Finding>();
        writers.forEach((bucket, elements) -> {
            var fix = Edits.change(design, bucket.withElbLogDelivery(true),
                    "Let Elastic Load Balancing write access logs to '" + bucket.name() + "'");
            findings.add(finding(Values.of("bucket", bucket.bucket()), fix, elements.toArray(Element[]::new)));
        });
        return findings;
    }
}
