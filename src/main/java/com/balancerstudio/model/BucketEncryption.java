package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The default server-side encryption of an S3 bucket. Terraform writes it as the sse_algorithm of
 * aws_s3_bucket_server_side_encryption_configuration ("AES256", "aws:kms", "aws:kms:dsse"), with a kms_master_key_id
 * for a customer managed key; the design file names the four choices that matter to access logs.
 */
public enum BucketEncryption {
    SSE_S3("SSE-S3", "AES256", false),
    SSE_KMS_AWS_MANAGED_KEY("SSE-KMS", "aws:kms", false),
    SSE_KMS_CUSTOMER_MANAGED_KEY("SSE-KMS-CMK", "aws:kms", true),
    DSSE_KMS("DSSE-KMS", "aws:kms:dsse", false);

    private final String value;
    private final String sseAlgorithm;
    private final boolean customerManagedKey;

    BucketEncryption(String value, String sseAlgorithm, boolean customerManagedKey) {
        this.value = value;
        this.sseAlgorithm = sseAlgorithm;
        this.customerManagedKey = customerManagedKey;
    }

    /** The value as the design file writes it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The sse_algorithm Terraform and the S3 API use. */
    public String sseAlgorithm() {
        return sseAlgorithm;
    }

    /** Whether the bucket encrypts with a KMS key of the account (kms_master_key_id is set). */
    public boolean customerManagedKey() {
        return customerManagedKey;
    }

    /** What a person reads, e.g. "SSE-KMS with a customer managed key". */
    public String description() {
        return switch (this) {
            case SSE_S3 -> "SSE-S3 (Amazon S3 managed keys)";
            case SSE_KMS_AWS_MANAGED_KEY -> "SSE-KMS with the AWS managed key";
            case SSE_KMS_CUSTOMER_MANAGED_KEY -> "SSE-KMS with a customer managed key";
            case DSSE_KMS -> "DSSE-KMS";
        };
    }

    /** The choice that an sse_algorithm (with or without a KMS key) stands for, or null when unknown. */
    public static BucketEncryption of(String sseAlgorithm, boolean withKey) {
        if ("AES256".equals(sseAlgorithm)) {
            return SSE_S3;
        }
        if ("aws:kms".equals(sseAlgorithm)) {
            return withKey ? SSE_KMS_CUSTOMER_MANAGED_KEY : SSE_KMS_AWS_MANAGED_KEY;
        }
        return "aws:kms:dsse".equals(sseAlgorithm) ? DSSE_KMS : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
