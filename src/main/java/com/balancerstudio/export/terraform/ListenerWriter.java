package com.balancerstudio.export.terraform;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.RuleCondition;

/**
 * Listeners of Application, Network and Gateway Load Balancers with their extra certificates, and listener rules
 * with their conditions (Classic Load Balancer listeners are blocks of aws_elb).
 */
final class ListenerWriter {
    private final ExportContext context;
    private final Actions actions;

    ListenerWriter(ExportContext context) {
        this.context = context;
        this.actions = new Actions(context);
    }

    void write() {
        for (var listener : context.design.elementsOf(Listener.class)) {
            var lb = context.design.get(listener.parent(), LoadBalancer.class);
            if (lb.type() != LoadBalancerType.CLASSIC) {
                listener(lb, listener);
                context.topology.rulesOf(listener).forEach(rule -> rule(listener, rule));
            }
        }
    }

    private void listener(LoadBalancer lb, Listener listener) {
        var body = new Body().attr("load_balancer_arn", context.plan.ref(lb.id(), "arn"));
        if (lb.type() != LoadBalancerType.GATEWAY) {
            body.num("port", listener.port())
                    .str("protocol", listener.protocol() == null ? null : listener.protocol().value())
                    .str("ssl_policy", listener.sslPolicy())
                    .attr("certificate_arn", context.certificateArn(listener, listener.certificateId()));
        } else if (listener.protocol() != null || listener.port() != null) {
            context.note(listener, "a Gateway Load Balancer listener takes all IP traffic; its protocol and port are "
                    + "left out");
        }
        if (lb.type() == LoadBalancerType.NETWORK || lb.type() == LoadBalancerType.GATEWAY) {
            body.str("alpn_policy", listener.alpnPolicy() == null ? null : listener.alpnPolicy().value())
                    .num("tcp_idle_timeout_seconds", listener.tcpIdleTimeoutSeconds());
        } else if (listener.alpnPolicy() != null || listener.tcpIdleTimeoutSeconds() != null) {
            context.note(listener, "an ALPN policy and a TCP idle timeout belong to Network and Gateway Load Balancer "
                    + "listeners; left out");
        }
        if (listener.stickinessPolicy() != null) {
            context.note(listener, "a stickiness policy belongs to Classic Load Balancer listeners; here stickiness is "
                    + "a target group setting; left out");
        }
        if (listener.instanceProtocol() != null || listener.instancePort() != null) {
            context.note(listener, "the instance protocol and port belong to Classic Load Balancer listeners; the "
                    + "target group says where traffic goes; left out");
        }
        actions.write(listener, "default_action", listener.defaultAction(), body);
        body.attr("tags", ExportContext.tags(listener.name()));
        context.resource(ExportContext.LOAD_BALANCING, listener, body);
        if (listener.websockets()) {
            context.note(listener, "clients open WebSocket connections here: nothing to configure in Terraform");
        }
        var own = context.plan.address(listener.id());
        for (var certificateId : listener.additionalCertificateIds()) {
            var arn = context.certificateArn(listener, certificateId);
            if (arn != null) {
                context.resources.addSingle(ExportContext.LOAD_BALANCING, "aws_lb_listener_certificate",
                        own.label() + " " + certificateId.value(), context.providers.regionOf(lb), new Body()
                                .attr("listener_arn", own.attr("arn"))
                                .attr("certificate_arn", arn));
            }
        }
    }

    private void rule(Listener listener, ListenerRule rule) {
        var conditions = rule.conditions().stream().filter(c -> usable(rule, c)).toList();
        if (conditions.isEmpty()) {
            context.note(rule, "a listener rule needs at least one condition; the rule is left out");
            return;
        }
        var body = new Body()
                .attr("listener_arn", context.plan.ref(listener.id(), "arn"))
                .num("priority", rule.priority());
        actions.write(rule, "action", rule.action(), body);
        for (var condition : conditions) {
            condition(condition, body);
        }
        body.attr("tags", ExportContext.tags(rule.name()));
        context.resource(ExportContext.LOAD_BALANCING, rule, body);
    }

    private boolean usable(ListenerRule rule, RuleCondition condition) {
        if (condition.values().isEmpty()) {
            context.note(rule, "the " + condition.field().value() + " condition has no values; left out");
            return false;
        }
        if (condition.field() == ConditionField.HTTP_HEADER && condition.httpHeaderName() == null) {
            context.note(rule, "the http-header condition names no header; left out");
            return false;
        }
        return true;
    }

    private static void condition(RuleCondition condition, Body body) {
        var values = Expr.list(condition.values().stream().map(Expr::str).toList());
        body.block("condition", c -> {
            if (condition.field() == ConditionField.PATH_PATTERN) {
                c.block("path_pattern", b -> b.attr("values", values));
            } else if (condition.field() == ConditionField.HOST_HEADER) {
                c.block("host_header", b -> b.attr("values", values));
            } else if (condition.field() == ConditionField.HTTP_HEADER) {
                c.block("http_header", b -> b.str("http_header_name", condition.httpHeaderName()).attr("values", values));
            } else if (condition.field() == ConditionField.HTTP_REQUEST_METHOD) {
                c.block("http_request_method", b -> b.attr("values", values));
            } else if (condition.field() == ConditionField.SOURCE_IP) {
                c.block("source_ip", b -> b.attr("values", values));
            } else if (condition.field() == ConditionField.QUERY_STRING) {
                for (var value : condition.values()) {
                    int equals = value.indexOf('=');
                    c.block("query_string", b -> b
                            .str("key", equals < 0 ? null : value.substring(0, equals))
                            .str("value", equals < 0 ? value : value.substring(equals + 1)));
                }
            }
        });
    }
}
