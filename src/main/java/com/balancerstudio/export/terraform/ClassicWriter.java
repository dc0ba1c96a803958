package com.balancerstudio.export.terraform;

import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.HealthCheckDefaults;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Classic Load Balancer as aws_elb with its listeners, health check and instances, and the TLS policy of its
 * secure listeners as a load balancer policy attached to each of them.
 */
final class ClassicWriter {
    /** The listener protocols of a Classic Load Balancer. */
    private static final Set<Protocol> PROTOCOLS = Set.of(Protocol.HTTP, Protocol.HTTPS, Protocol.TCP, Protocol.SSL);

    private final ExportContext context;

    ClassicWriter(ExportContext context) {
        this.context = context;
    }

    void write(LoadBalancer lb) {
        if (Boolean.TRUE.equals(lb.enableHttp2())) {
            context.note(lb, "a Classic Load Balancer does not speak HTTP/2; left out");
        }
        if (lb.ipAddressType() != null && !"ipv4".equals(lb.ipAddressType().value())) {
            context.note(lb, "a Classic Load Balancer in a VPC has IPv4 addresses only; " + lb.ipAddressType().value()
                    + " left out");
        }
        if (lb.enableDeletionProtection()) {
            context.note(lb, "a Classic Load Balancer has no deletion protection; left out");
        }
        if (lb.dropInvalidHeaderFields() != null || lb.clientKeepAlive() != null || lb.enableWafFailOpen() != null) {
            context.note(lb, "dropping invalid headers, client keep-alive and WAF fail open are Application Load "
                    + "Balancer attributes; left out");
        }
        if (lb.targetKeepAliveSeconds() != null) {
            context.note(lb, TargetGroupWriter.keepAliveNote(lb.targetKeepAliveSeconds(), "instances"));
        }
        var body = new Body()
                .str("name", new LoadBalancerWriter(context).name(lb))
                .bool("internal", lb.internal())
                .attr("subnets", context.list(lb, lb.subnetIds(), "id", "subnet"));
        if (!lb.securityGroupIds().isEmpty()) {
            body.attr("security_groups", Expr.list(context.refs(lb, lb.securityGroupIds(), "id", "security group")));
        }
        if (!lb.instanceIds().isEmpty()) {
            body.attr("instances", Expr.list(context.refs(lb, lb.instanceIds(), "id", "instance")));
        }
        body
                // Terraform turns cross-zone load balancing on unless told; the API (and the rules) default to off.
                .bool("cross_zone_load_balancing", Boolean.TRUE.equals(lb.enableCrossZoneLoadBalancing()))
                .num("idle_timeout", lb.idleTimeout())
                .str("desync_mitigation_mode", lb.desyncMitigationMode() == null ? null
                        : lb.desyncMitigationMode().value());
        if (lb.connectionDrainingTimeout() != null) {
            body.bool("connection_draining", true).num("connection_draining_timeout", lb.connectionDrainingTimeout());
        }
        var listeners = context.topology.listenersOf(lb);
        for (var listener : listeners) {
            listener(lb, listener, body);
        }
        if (listeners.isEmpty()) {
            context.note(lb, "a Classic Load Balancer needs at least one listener; it has none");
        }
        healthCheck(lb, listeners, body);
        new LoadBalancerWriter(context).accessLogs(lb, body);
        body.attr("tags", ExportContext.tags(lb.name()));
        context.resource(ExportContext.LOAD_BALANCING, lb, body);
        for (var listener : listeners) {
            sslPolicy(lb, listener, stickiness(lb, listener));
        }
    }

    private void listener(LoadBalancer lb, Listener listener, Body body) {
        if (listener.protocol() == null || !PROTOCOLS.contains(listener.protocol()) || listener.port() == null) {
            context.note(listener, "a Classic Load Balancer listener needs a port and one of HTTP, HTTPS, TCP or SSL; "
                    + "left out");
            return;
        }
        var instanceProtocol = listener.instanceProtocol() != null ? listener.instanceProtocol() : listener.protocol();
        var instancePort = listener.instancePort() != null ? listener.instancePort() : listener.port();
        body.block("listener", b -> b
                .num("instance_port", instancePort)
                .str("instance_protocol", instanceProtocol.value())
                .num("lb_port", listener.port())
                .str("lb_protocol", listener.protocol().value())
                .attr("ssl_certificate_id", context.certificateArn(listener, listener.certificateId())));
        if (!listener.additionalCertificateIds().isEmpty()) {
            context.note(listener, "a Classic Load Balancer listener has one certificate; "
                    + listener.additionalCertificateIds().size() + " more left out");
        }
        if (listener.websockets()) {
            context.note(listener, "clients open WebSocket connections here: nothing to configure in Terraform");
        }
        if (listener.alpnPolicy() != null || listener.tcpIdleTimeoutSeconds() != null) {
            context.note(listener, "an ALPN policy and a TCP idle timeout belong to Network and Gateway Load Balancer "
                    + "listeners; left out");
        }
    }

    private void healthCheck(LoadBalancer lb, List<Listener> listeners, Body body) {
        var check = lb.healthCheck();
        if (check == null) {
            return;
        }
        var first = listeners.isEmpty() ? null : listeners.get(0);
        var protocol = check.protocol() != null ? check.protocol()
                : first != null && first.instanceProtocol() != null ? first.instanceProtocol() : Protocol.TCP;
        var effective = HealthCheckDefaults.effective(check, lb.type(), TargetType.INSTANCE, protocol);
        body.block("health_check", b -> b
                .num("healthy_threshold", effective.healthyThreshold())
                .num("unhealthy_threshold", effective.unhealthyThreshold())
                .num("timeout", effective.timeout())
                .num("interval", effective.interval())
                .str("target", target(check, protocol, first)));
    }

    /** The health check target as the Classic Load Balancer writes it: PROTOCOL:PORT, plus /PATH for HTTP(S). */
    private static String target(HealthCheck check, Protocol protocol, Listener first) {
        String port = check.port();
        if (port == null || !port.matches("\\d+")) {
            Integer instancePort = first == null ? null
                    : first.instancePort() != null ? first.instancePort() : first.port();
            port = instancePort == null ? "80" : instancePort.toString();
        }
        var target = protocol.value().toUpperCase(Locale.ROOT) + ":" + port;
        if (protocol == Protocol.HTTP || protocol == Protocol.HTTPS) {
            var path = check.path() == null || check.path().isEmpty() ? "/" : check.path();
            target += path.startsWith("/") ? path : "/" + path;
        }
        return target;
    }

    /**
     * The listener's sticky sessions as an aws_lb_cookie_stickiness_policy or aws_app_cookie_stickiness_policy, which
     * attaches itself to the listener; its address, or null when there is none.
     */
    private Address stickiness(LoadBalancer lb, Listener listener) {
        var policy = listener.stickinessPolicy();
        if (policy == null || listener.port() == null || !PROTOCOLS.contains(listener.protocol())) {
            return null;
        }
        boolean appCookie = policy.type() == ClassicStickinessType.APP_COOKIE;
        if (appCookie && (policy.cookieName() == null || policy.cookieName().isBlank())) {
            context.note(listener, "application-based sticky sessions need the name of the application's cookie; "
                    + "left out");
            return null;
        }
        var own = context.plan.address(lb.id());
        var type = appCookie ? "aws_app_cookie_stickiness_policy" : "aws_lb_cookie_stickiness_policy";
        var address = Address.of(type, context.labels.take(type, own.label() + " sticky " + listener.port(), "sticky"));
        var body = new Body()
                .str("name", AwsNames.loadBalancing(lb.name()) + "-sticky-" + listener.port())
                .attr("load_balancer", own.attr("name"))
                .num("lb_port", listener.port());
        if (appCookie) {
            body.str("cookie_name", policy.cookieName());
        } else {
            body.num("cookie_expiration_period", policy.cookieExpirationPeriod());
        }
        context.resources.add(ExportContext.LOAD_BALANCING, address, context.providers.regionOf(lb), body);
        return address;
    }

    /**
     * A secure listener's TLS policy. The listener policy replaces every policy of the listener, so it names the
     * listener's stickiness policy too, if any.
     */
    private void sslPolicy(LoadBalancer lb, Listener listener, Address stickiness) {
        if (listener.sslPolicy() == null || listener.port() == null
                || listener.protocol() != Protocol.HTTPS && listener.protocol() != Protocol.SSL) {
            return;
        }
        var own = context.plan.address(lb.id());
        var region = context.providers.regionOf(lb);
        var label = context.labels.take("aws_load_balancer_policy", own.label() + " tls " + listener.port(), "tls");
        var policy = Address.of("aws_load_balancer_policy", label);
        context.resources.add(ExportContext.LOAD_BALANCING, policy, region, new Body()
                .attr("load_balancer_name", own.attr("name"))
                .str("policy_name", AwsNames.loadBalancing(lb.name()) + "-tls-" + listener.port())
                .str("policy_type_name", "SSLNegotiationPolicyType")
                .block("policy_attribute", b -> b
                        .str("name", "Reference-Security-Policy")
                        .str("value", listener.sslPolicy())));
        context.resources.addSingle(ExportContext.LOAD_BALANCING, "aws_load_balancer_listener_policy",
                own.label() + " " + listener.port(), region, new Body()
                        .attr("load_balancer_name", own.attr("name"))
                        .num("load_balancer_port", listener.port())
                        .attr("policy_names", Expr.list(stickiness == null ? List.of(policy.attr("policy_name"))
                                : List.of(policy.attr("policy_name"), stickiness.attr("name")))));
    }
}
