package com.balancerstudio.model;

/**
 * An S3 bucket in a Region that load balancers write access logs to. Load balancers name it by its bucket name in
 * their access_logs (as AWS does), so a design refers to a bucket outside it simply by a name no element carries.
 */
public record S3Bucket(ElementId id, String name, ElementId parent, Rect bounds, String bucket,
                       BucketEncryption serverSideEncryption, boolean allowElbLogDelivery) implements Element {
    public S3Bucket {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("bucket (the bucket name) is required");
        }
    }

    /** The encryption in effect: S3 encrypts every new object with SSE-S3 unless the bucket says otherwise. */
    public BucketEncryption effectiveEncryption() {
        return serverSideEncryption == null ? BucketEncryption.SSE_S3 : serverSideEncryption;
    }

    /** The bucket of the design with this bucket name, or null when the name is of a bucket outside the design. */
    public static S3Bucket named(Design design, String bucketName) {
        if (bucketName == null) {
            return null;
        }
        for (var bucket : design.elementsOf(S3Bucket.class)) {
            if (bucket.bucket().equals(bucketName.trim())) {
                return bucket;
            }
        }
        return null;
    }

    /** The bucket of the design a load balancer writes its access logs to, or null (logs off, or not modelled). */
    public static S3Bucket receivingLogsOf(Design design, LoadBalancer lb) {
        var logs = lb.accessLogs();
        return logs == null || !logs.enabled() ? null : named(design, logs.bucket());
    }

    public S3Bucket withEncryption(BucketEncryption encryption) {
        return new S3Bucket(id, name, parent, bounds, bucket, encryption, allowElbLogDelivery);
    }

    public S3Bucket withElbLogDelivery(boolean allowed) {
        return new S3Bucket(id, name, parent, bounds, bucket, serverSideEncryption, allowed);
    }

    @Override
    public S3Bucket withName(String newName) {
        return new S3Bucket(id, newName, parent, bounds, bucket, serverSideEncryption, allowElbLogDelivery);
    }

    @Override
    public S3Bucket withPlacement(ElementId newParent, Rect newBounds) {
        return new S3Bucket(id, name, newParent, newBounds, bucket, serverSideEncryption, allowElbLogDelivery);
    }
}
