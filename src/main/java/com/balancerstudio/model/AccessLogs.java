package com.balancerstudio.model;

/** Where a load balancer writes its access logs (Terraform access_logs block). */
public record AccessLogs(boolean enabled, String bucket, String prefix) {
}
