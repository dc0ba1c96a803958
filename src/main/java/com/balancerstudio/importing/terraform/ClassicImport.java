package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.DesyncMitigationMode;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classic Load Balancers (aws_elb) with their listeners, health check and instances, instance attachments, and the
 * TLS security policy given to a listener through aws_load_balancer_policy.
 */
final class ClassicImport {
    /** A health check target: PROTOCOL:PORT, with /PATH for HTTP and HTTPS. */
    private static final Pattern TARGET = Pattern.compile("([A-Za-z]+):(\\d+)(/.*)?");

    private final Assembly assembly;
    private final Certificates certificates;
    private final LoadBalancerImport loadBalancers;

    ClassicImport(Assembly assembly, Certificates certificates, LoadBalancerImport loadBalancers) {
        this.assembly = assembly;
        this.certificates = certificates;
        this.loadBalancers = loadBalancers;
    }

    /** The load balancers and their listeners; instances are attached later, once they exist. */
    void run() {
        assembly.each(this::classic, "aws_elb");
    }

    void attachInstances() {
        assembly.each(this::inlineInstances, "aws_elb");
        assembly.each(this::attachment, "aws_elb_attachment");
        assembly.each(this::tlsPolicy, "aws_load_balancer_listener_policy");
        assembly.each(this::stickiness, "aws_lb_cookie_stickiness_policy", "aws_app_cookie_stickiness_policy");
    }

    private void classic(ResourceInstance instance, Arguments arguments) throws HclException {
        var mappings = new ArrayList<SubnetMapping>();
        for (var subnet : assembly.refs(arguments, "subnets", Subnet.class)) {
            mappings.add(SubnetMapping.of(subnet.id()));
        }
        var vpc = loadBalancers.vpcOf(mappings, arguments);
        var groups = assembly.refs(arguments, "security_groups", SecurityGroup.class).stream().map(g -> g.id()).toList();
        var listeners = arguments.blocks("listener");
        // Terraform turns cross-zone load balancing on when the argument is left out; the design's default is off.
        boolean crossZone = arguments.bool("cross_zone_load_balancing", true);
        var name = Names.of(arguments, instance);
        var lb = new LoadBalancer(assembly.newId(name), name, vpc, null, LoadBalancerType.CLASSIC,
                arguments.bool("internal", false), mappings, groups, null, arguments.integer("idle_timeout"), false,
                loadBalancers.accessLogs(arguments, "bucket_prefix"), null, null, crossZone ? Boolean.TRUE : null,
                List.of(), healthCheck(arguments.block("health_check")),
                arguments.bool("connection_draining", false) ? arguments.integer("connection_draining_timeout") : null,
                null,
                arguments.enumValue("desync_mitigation_mode", DesyncMitigationMode.class), null, null, null);
        assembly.add(instance, lb);
        var region = assembly.get(vpc).parent();
        for (var listener : listeners) {
            var protocol = listener.enumValue("lb_protocol", Protocol.class);
            var port = listener.integer("lb_port");
            var certificate = certificates.of(listener.value("ssl_certificate_id"), listener, "ssl_certificate_id", region);
            var listenerName = protocol + " :" + port;
            assembly.add(null, new Listener(assembly.newId(name + " " + listenerName), listenerName, lb.id(), null,
                    protocol, port, certificate, List.of(), null, null,
                    listener.enumValue("instance_protocol", Protocol.class), listener.integer("instance_port"), false, null, null, null));
        }
    }

    private static HealthCheck healthCheck(Arguments check) throws HclException {
        if (check == null) {
            return null;
        }
        var target = check.requiredText("target");
        var matcher = TARGET.matcher(target);
        if (!matcher.matches()) {
            throw new HclException(check.positionOf("target"), "health check target \"" + target
                    + "\" is not PROTOCOL:PORT or HTTP:PORT/PATH");
        }
        var protocol = Values.enumValue(Protocol.class, matcher.group(1), check.positionOf("target"), "target");
        return new HealthCheck(null, protocol, matcher.group(2), matcher.group(3), check.integer("interval"),
                check.integer("timeout"), check.integer("healthy_threshold"), check.integer("unhealthy_threshold"),
                null);
    }

    private void inlineInstances(ResourceInstance instance, Arguments arguments) throws HclException {
        var lb = assembly.get(assembly.idOf(instance), LoadBalancer.class);
        if (lb == null) {
            return;
        }
        for (var target : assembly.refs(arguments, "instances", Instance.class)) {
            addInstance(lb.id(), target);
        }
    }

    private void attachment(ResourceInstance instance, Arguments arguments) throws HclException {
        var lb = assembly.ref(arguments, "elb", LoadBalancer.class);
        addInstance(lb.id(), assembly.ref(arguments, "instance", Instance.class));
    }

    private void addInstance(com.balancerstudio.model.ElementId lbId, Instance target) {
        var lb = assembly.get(lbId, LoadBalancer.class);
        var instances = new ArrayList<>(lb.instanceIds());
        instances.add(target.id());
        assembly.replace(lb.withInstances(instances));
    }

    /** A listener policy naming an SSLNegotiationPolicyType policy sets that listener's security policy. */
    private void tlsPolicy(ResourceInstance instance, Arguments arguments) throws HclException {
        var lb = assembly.ref(arguments, "load_balancer_name", LoadBalancer.class);
        var port = arguments.integer("load_balancer_port");
        String securityPolicy = null;
        for (var name : arguments.list("policy_names")) {
            var policy = referenceSecurityPolicies().get(name instanceof AttributeRef ref
                    ? ref.instance().address() : name);
            securityPolicy = policy != null ? policy : securityPolicy;
        }
        if (securityPolicy == null) {
            assembly.note(arguments, "only SSL negotiation policies that name a Reference-Security-Policy are read; "
                    + instance.address() + " left out");
            return;
        }
        for (var listener : assembly.all(Listener.class)) {
            if (listener.parent().equals(lb.id()) && port.equals(listener.port())) {
                assembly.replace(listener.withSslPolicy(securityPolicy));
            }
        }
    }

    /** A stickiness policy names its load balancer and the port of the listener it sticks to. */
    private void stickiness(ResourceInstance instance, Arguments arguments) throws HclException {
        var lb = assembly.ref(arguments, "load_balancer", LoadBalancer.class);
        if (lb == null) {
            throw new HclException(arguments.position(), "load_balancer is required here");
        }
        var port = arguments.integer("lb_port");
        var policy = instance.type().equals("aws_app_cookie_stickiness_policy")
                ? new ClassicStickinessPolicy(ClassicStickinessType.APP_COOKIE, null,
                        arguments.requiredText("cookie_name"))
                : new ClassicStickinessPolicy(ClassicStickinessType.LB_COOKIE,
                        arguments.integer("cookie_expiration_period"), null);
        for (var listener : assembly.all(Listener.class)) {
            if (listener.parent().equals(lb.id()) && port != null && port.equals(listener.port())) {
                assembly.replace(listener.withStickinessPolicy(policy));
                return;
            }
        }
        assembly.note(arguments, instance.address() + ": load balancer " + lb.name() + " has no listener on port "
                + port + "; left out");
    }

    /** The Reference-Security-Policy of every aws_load_balancer_policy, by its policy_name and by its address. */
    private Map<Object, String> referenceSecurityPolicies() {
        var policies = new HashMap<Object, String>();
        assembly.each((policy, arguments) -> {
            for (var attribute : arguments.blocks("policy_attribute")) {
                if ("Reference-Security-Policy".equals(attribute.text("name"))) {
                    policies.put(arguments.text("policy_name"), attribute.text("value"));
                    policies.put(policy.address(), attribute.text("value"));
                }
            }
        }, "aws_load_balancer_policy");
        return policies;
    }
}
