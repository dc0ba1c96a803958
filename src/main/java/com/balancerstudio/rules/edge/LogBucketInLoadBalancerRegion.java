package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports a load balancer that writes access logs to a bucket of the design in another Region: Elastic Load Balancing
 * delivers only to a bucket of its own Region (ELB-LOG-003). A bucket the design does not hold is not checked.
 */
public final class LogBucketInLoadBalancerRegion extends CatalogRule {
    public LogBucketInLoadBalancerRegion(Catalog catalog) {
        super(catalog, "ELB-LOG-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var bucket = S3Bucket.receivingLogsOf(design, lb);
            if (bucket == null) {
                continue;
            }
            var lbRegion = design.topology().regionOf(lb);
            var bucketRegion = design.topology().regionOf(bucket);
            if (lbRegion != null && bucketRegion != null
                    && !Objects.equals(lbRegion.regionName(), bucketRegion.regionName())) {
                findings.add(finding(Values.of("bucket", bucket.bucket())
                        .and("bucket.region", bucketRegion.regionName())
                        .and("lb.region", lbRegion.regionName()), lb, bucket));
            }
        }
        return findings;
    }
}
