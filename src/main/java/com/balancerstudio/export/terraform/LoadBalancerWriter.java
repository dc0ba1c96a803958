package com.balancerstudio.export.terraform;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.S3Bucket;
import java.util.HashSet;
import java.util.List;

/**
 * Application, Network and Gateway Load Balancers as aws_lb (a Gateway Load Balancer with its endpoint service and
 * one endpoint per zone), with their WAF association; Classic Load Balancers are left to {@link ClassicWriter}.
 */
final class LoadBalancerWriter {
    private final ExportContext context;

    LoadBalancerWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        for (var loadBalancer : context.design.elementsOf(LoadBalancer.class)) {
            if (loadBalancer.type() == LoadBalancerType.CLASSIC) {
                new ClassicWriter(context).write(loadBalancer);
            } else {
                loadBalancer(loadBalancer);
            }
            webAcl(loadBalancer);
            outputs(loadBalancer);
        }
    }

    private void loadBalancer(LoadBalancer lb) {
        if (!lb.instanceIds().isEmpty() || lb.healthCheck() != null || lb.connectionDrainingTimeout() != null
                || lb.targetKeepAliveSeconds() != null) {
            context.note(lb, "registered instances, a load balancer health check, connection draining and the "
                    + "keep-alive of registered instances belong to Classic Load Balancers; use target groups instead; "
                    + "left out");
        }
        if (lb.type() != LoadBalancerType.APPLICATION && lb.enableHttp2() != null) {
            context.note(lb, "HTTP/2 is a setting of Application Load Balancers only; left out");
        }
        var body = new Body()
                .str("name", name(lb))
                .str("load_balancer_type", lb.type().value());
        if (lb.type() != LoadBalancerType.GATEWAY) {
            body.bool("internal", lb.internal());
        }
        if (lb.ipAddressType() != null && !"ipv4".equals(lb.ipAddressType().value())) {
            body.str("ip_address_type", lb.ipAddressType().value());
        }
        securityGroups(lb, body);
        subnets(lb, body);
        if (lb.type() == LoadBalancerType.APPLICATION) {
            body.num("idle_timeout", lb.idleTimeout()).bool("enable_http2", lb.enableHttp2())
                    .bool("drop_invalid_header_fields", lb.dropInvalidHeaderFields())
                    .str("desync_mitigation_mode", lb.desyncMitigationMode() == null ? null
                            : lb.desyncMitigationMode().value())
                    .num("client_keep_alive", lb.clientKeepAlive())
                    .bool("enable_waf_fail_open", lb.enableWafFailOpen());
        } else {
            if (lb.dropInvalidHeaderFields() != null || lb.desyncMitigationMode() != null
                    || lb.clientKeepAlive() != null || lb.enableWafFailOpen() != null) {
                context.note(lb, "header handling, desync mitigation, client keep-alive and WAF fail open are "
                        + "Application Load Balancer attributes; left out");
            }
            if (lb.idleTimeout() != null) {
                context.note(lb, "idle timeout " + lb.idleTimeout() + " s: only Application Load Balancers have one");
            }
            body.bool("enable_cross_zone_load_balancing", lb.enableCrossZoneLoadBalancing());
        }
        if (lb.type() == LoadBalancerType.APPLICATION && Boolean.FALSE.equals(lb.enableCrossZoneLoadBalancing())) {
            context.note(lb, "cross-zone load balancing is always on for an Application Load Balancer; turn it off "
                    + "per target group instead");
        }
        body.bool("enable_deletion_protection", lb.enableDeletionProtection() ? true : null);
        accessLogs(lb, body);
        body.attr("tags", ExportContext.tags(lb.name()));
        context.resource(ExportContext.LOAD_BALANCING, lb, body);
    }

    /** The AWS name of the load balancer, with a note when the design's name is not one AWS accepts. */
    String name(LoadBalancer lb) {
        var name = AwsNames.loadBalancing(lb.name());
        if (!name.equals(lb.name())) {
            context.note(lb, "'" + lb.name() + "' is not a valid load balancer name (at most "
                    + AwsNames.LOAD_BALANCING_NAME_MAX_LENGTH + " letters, digits and hyphens); named '" + name + "'");
        }
        return name;
    }

    private void securityGroups(LoadBalancer lb, Body body) {
        if (lb.securityGroupIds().isEmpty()) {
            return;
        }
        if (lb.type() == LoadBalancerType.GATEWAY) {
            context.note(lb, "a Gateway Load Balancer has no security groups; "
                    + lb.securityGroupIds().size() + " left out");
            return;
        }
        body.attr("security_groups", Expr.list(context.refs(lb, lb.securityGroupIds(), "id", "security group")));
    }

    private void subnets(LoadBalancer lb, Body body) {
        boolean addressed = lb.subnetMappings().stream()
                .anyMatch(m -> m.allocationId() != null || m.privateIpv4Address() != null);
        if (!addressed) {
            body.attr("subnets", context.list(lb, lb.subnetIds(), "id", "subnet"));
            return;
        }
        if (perZone(lb, body)) {
            return;
        }
        for (var mapping : lb.subnetMappings()) {
            var subnet = context.ref(lb, mapping.subnetId(), "id", "subnet");
            if (subnet == null) {
                continue;
            }
            body.block("subnet_mapping", b -> b
                    .attr("subnet_id", subnet)
                    .attr("allocation_id", context.ref(lb, mapping.allocationId(), "id", "Elastic IP"))
                    .str("private_ipv4_address", mapping.privateIpv4Address()));
        }
    }

    /**
     * One dynamic subnet_mapping over a subnet resource repeated per zone, when the load balancer is in every zone of
     * it with the same zone's Elastic IP and no fixed private address; false when the mappings must be written out.
     */
    private boolean perZone(LoadBalancer lb, Body body) {
        Address subnets = null;
        Address addresses = null;
        var zones = new HashSet<String>();
        for (var mapping : lb.subnetMappings()) {
            var subnet = context.plan.address(mapping.subnetId());
            var address = context.plan.address(mapping.allocationId());
            if (subnet == null || address == null || mapping.privateIpv4Address() != null || subnet.key() == null
                    || !subnet.key().equals(address.key()) || !zones.add(subnet.key())
                    || subnets != null && (!subnets.equals(subnet.resource()) || !addresses.equals(address.resource()))) {
                return false;
            }
            subnets = subnet.resource();
            addresses = address.resource();
        }
        if (subnets == null || !zones.equals(context.plan.zonesOf(subnets))) {
            return false;
        }
        var eips = addresses;
        var each = subnets;
        body.labeledBlock("dynamic", List.of("subnet_mapping"), d -> d
                .attr("for_each", Expr.raw(each.render()))
                .block("content", c -> c
                        .attr("subnet_id", Expr.raw("subnet_mapping.value.id"))
                        .attr("allocation_id", Expr.raw(eips.render() + "[subnet_mapping.key].id"))));
        return true;
    }

    void accessLogs(LoadBalancer lb, Body body) {
        var logs = lb.accessLogs();
        if (logs == null) {
            return;
        }
        if (logs.bucket() == null || logs.bucket().isBlank()) {
            context.note(lb, "access logs without a bucket; left out");
            return;
        }
        boolean classic = lb.type() == LoadBalancerType.CLASSIC;
        // A bucket of the design is referred to (so it is created first); any other name is a bucket outside.
        var bucket = S3Bucket.named(context.design, logs.bucket());
        Expr bucketName = bucket == null ? Expr.str(logs.bucket()) : context.plan.ref(bucket.id(), "id");
        body.block("access_logs", b -> b
                .attr("bucket", bucketName)
                .str(classic ? "bucket_prefix" : "prefix", logs.prefix())
                .num("interval", classic ? logs.emitInterval() : null)
                .bool("enabled", logs.enabled()));
        if (!classic && logs.emitInterval() != null) {
            context.note(lb, "emit_interval applies to Classic Load Balancers only; left out");
        }
        var policy = bucket == null ? null : BucketWriter.policyAddress(context, bucket);
        if (policy != null && logs.enabled()) {
            // Elastic Load Balancing checks that it may write to the bucket when logging is switched on.
            body.attr("depends_on", Expr.list(List.of(Expr.raw(policy.render()))));
        }
    }

    private void webAcl(LoadBalancer lb) {
        if (lb.webAclId() == null) {
            return;
        }
        if (lb.type() != LoadBalancerType.APPLICATION) {
            context.note(lb, "AWS WAF protects only Application Load Balancers; the web ACL is left out");
            return;
        }
        var acl = context.webAclArn(lb, lb.webAclId());
        if (acl == null) {
            return;
        }
        var own = context.plan.address(lb.id());
        context.resources.addSingle(ExportContext.LOAD_BALANCING, "aws_wafv2_web_acl_association", own.label(),
                context.providers.regionOf(lb), new Body().attr("resource_arn", own.attr("arn")).attr("web_acl_arn", acl));
    }

    private void outputs(LoadBalancer lb) {
        var own = context.plan.address(lb.id());
        context.output(own.label() + " dns name", "DNS name of the load balancer " + lb.name(), own.attr("dns_name"));
        context.output(own.label() + " zone id", "Route 53 hosted zone ID of the load balancer " + lb.name(),
                own.attr("zone_id"));
    }
}
