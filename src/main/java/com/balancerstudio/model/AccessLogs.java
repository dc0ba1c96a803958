package com.balancerstudio.model;

/**
 * Where a load balancer writes its access logs (Terraform access_logs block). The bucket is a bucket name, as in
 * AWS: it is the {@link S3Bucket} of the design with that name when there is one, a bucket outside the design
 * otherwise. {@code emitInterval} is the Classic Load Balancer's publishing interval in minutes (null: the AWS
 * default).
 */
public record AccessLogs(boolean enabled, String bucket, String prefix, Integer emitInterval) {
    public AccessLogs withEmitInterval(Integer minutes) {
        return new AccessLogs(enabled, bucket, prefix, minutes);
    }
}
