package com.balancerstudio.edit;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Template;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The links a person draws between two elements on the canvas, and the edit each one makes: a load balancer forwards
 * to a target group (or a Classic one registers an instance), a target group registers an instance or a Lambda
 * function or is attached to an Auto Scaling group, a Route 53 record aliases a load balancer, an Elastic IP is
 * allocated to a NAT gateway, and clients send to a load balancer or a record.
 */
public final class Connections {
    private Connections() {
    }

    /** Whether a connection may start from this element at all (the canvas offers the gesture only then). */
    public static boolean canStartFrom(Element element) {
        return element instanceof LoadBalancer || element instanceof TargetGroup || element instanceof DnsRecord
                || element instanceof ElasticIp || element instanceof Client;
    }

    /** Why the two elements cannot be connected, or empty when they can. */
    public static Optional<String> refusal(Design design, ElementId from, ElementId to) {
        try {
            connect(design, from, to);
            return Optional.empty();
        } catch (EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The one edit that connects the source to the target; throws {@link EditRefusedException} saying why not. */
    public static Edit connect(Design design, ElementId from, ElementId to) {
        var source = require(design, from);
        var target = require(design, to);
        if (from.equals(to)) {
            throw new EditRefusedException("An element cannot be connected to itself");
        }
        if (source instanceof LoadBalancer lb && target instanceof TargetGroup group) {
            return forward(design, lb, group);
        }
        if (source instanceof LoadBalancer lb && target instanceof Instance instance) {
            return registerWithClassic(design, lb, instance);
        }
        if (source instanceof TargetGroup group && target instanceof Instance instance) {
            return register(design, group, instance);
        }
        if (source instanceof TargetGroup group && target instanceof LambdaFunction function) {
            return registerFunction(design, group, function);
        }
        if (source instanceof TargetGroup group && target instanceof AutoScalingGroup asg) {
            return attach(design, group, asg);
        }
        if (source instanceof DnsRecord record && target instanceof LoadBalancer lb) {
            return alias(design, record, lb);
        }
        if (source instanceof ElasticIp ip && target instanceof NatGateway nat) {
            return allocate(design, ip, nat);
        }
        if (source instanceof GatewayLoadBalancerEndpoint endpoint && target instanceof LoadBalancer lb) {
            return serve(endpoint, lb);
        }
        if (source instanceof Client client && (target instanceof LoadBalancer || target instanceof DnsRecord)) {
            return send(design, client, target);
        }
        throw new EditRefusedException(article(source.kindLabel(), "A", "An") + " cannot be connected to "
                + article(target.kindLabel(), "a", "an"));
    }

    private static Edit forward(Design design, LoadBalancer lb, TargetGroup group) {
        if (lb.type() == LoadBalancerType.CLASSIC) {
            throw new EditRefusedException("A Classic Load Balancer registers instances directly, not target groups");
        }
        sameVpc(design, lb, group, "A load balancer forwards only to target groups of its own VPC");
        if (design.topology().targetGroupsOf(lb).contains(group)) {
            throw new EditRefusedException("'" + lb.name() + "' already forwards to '" + group.name() + "'");
        }
        var label = "Forward '" + lb.name() + "' to '" + group.name() + "'";
        var listeners = design.topology().listenersOf(lb);
        if (listeners.isEmpty()) {
            var listener = newListener(design, lb, Action.Forward.to(group.id()));
            return new CompoundEdit(label, List.of(new AddElement(listener, design.size())));
        }
        var forwarding = listeners.stream()
                .filter(l -> l.defaultAction() == null || l.defaultAction() instanceof Action.Forward).findFirst()
                .orElseThrow(() -> new EditRefusedException("No listener of '" + lb.name()
                        + "' forwards: its listeners redirect or answer themselves"));
        var groups = new ArrayList<WeightedTargetGroup>();
        Integer stickiness = null;
        Integer order = null;
        if (forwarding.defaultAction() instanceof Action.Forward existing) {
            groups.addAll(existing.targetGroups());
            stickiness = existing.stickinessDuration();
            order = existing.order();
        }
        groups.add(WeightedTargetGroup.of(group.id()));
        var changed = forwarding.withDefaultAction(new Action.Forward(groups, stickiness, order));
        return new ReplaceElement(forwarding, changed, label);
    }

    /** HTTP:80 for an ALB, TCP:80 for an NLB, the single all-traffic listener of a GWLB. */
    private static Listener newListener(Design design, LoadBalancer lb, Action action) {
        var id = Template.freshId(design, lb.id().value() + "-listener");
        if (lb.type() == LoadBalancerType.GATEWAY) {
            return Listener.of(id, lb.id(), null, null, null, action);
        }
        var protocol = lb.type() == LoadBalancerType.NETWORK ? Protocol.TCP : Protocol.HTTP;
        return Listener.of(id, lb.id(), protocol, 80, null, action);
    }

    private static Edit registerWithClassic(Design design, LoadBalancer lb, Instance instance) {
        if (lb.type() != LoadBalancerType.CLASSIC) {
            throw new EditRefusedException(article(lb.type().displayName(), "A", "An")
                    + " reaches instances through a target group: connect it to a target group instead");
        }
        sameVpc(design, lb, instance, "A Classic Load Balancer registers only instances of its own VPC");
        if (lb.instanceIds().contains(instance.id())) {
            throw new EditRefusedException("'" + instance.name() + "' is already registered with '" + lb.name() + "'");
        }
        var ids = new ArrayList<>(lb.instanceIds());
        ids.add(instance.id());
        var changed = lb.withInstances(ids);
        return new ReplaceElement(lb, changed, "Register '" + instance.name() + "' with '" + lb.name() + "'");
    }

    private static Edit register(Design design, TargetGroup group, Instance instance) {
        if (group.targetType() != TargetType.INSTANCE) {
            throw new EditRefusedException("Target group '" + group.name() + "' has target type "
                    + group.targetType().value() + ": only a target group of type instance registers instances");
        }
        sameVpc(design, group, instance, "A target group registers only instances of its own VPC");
        if (group.targets().stream().anyMatch(t -> instance.id().equals(t.targetId()))) {
            throw new EditRefusedException("'" + instance.name() + "' is already a target of '" + group.name() + "'");
        }
        var targets = new ArrayList<>(group.targets());
        targets.add(TargetRegistration.instance(instance.id()));
        return new ReplaceElement(group, group.withTargets(targets),
                "Register '" + instance.name() + "' with '" + group.name() + "'");
    }

    private static Edit registerFunction(Design design, TargetGroup group, LambdaFunction function) {
        if (group.targetType() != TargetType.LAMBDA) {
            throw new EditRefusedException("Target group '" + group.name() + "' has target type "
                    + group.targetType().value() + ": only a target group of type lambda registers a Lambda function");
        }
        if (group.targets().stream().anyMatch(t -> function.id().equals(t.targetId()))) {
            throw new EditRefusedException("'" + function.name() + "' is already the target of '" + group.name() + "'");
        }
        var targets = new ArrayList<>(group.targets());
        targets.add(TargetRegistration.instance(function.id()));
        return new ReplaceElement(group, group.withTargets(targets),
                "Register '" + function.name() + "' with '" + group.name() + "'");
    }

    private static Edit attach(Design design, TargetGroup group, AutoScalingGroup asg) {
        sameVpc(design, group, asg, "An Auto Scaling group attaches only to target groups of its own VPC");
        if (asg.targetGroupIds().contains(group.id())) {
            throw new EditRefusedException("'" + asg.name() + "' is already attached to '" + group.name() + "'");
        }
        var ids = new ArrayList<>(asg.targetGroupIds());
        ids.add(group.id());
        var changed = new AutoScalingGroup(asg.id(), asg.name(), asg.parent(), asg.bounds(), asg.minSize(),
                asg.maxSize(), asg.desiredCapacity(), asg.subnetIds(), ids, asg.loadBalancerIds(), asg.instanceType(),
                asg.healthCheckType(), asg.targetTracking(), asg.securityGroupIds());
        return new ReplaceElement(asg, changed, "Attach '" + asg.name() + "' to '" + group.name() + "'");
    }

    private static Edit alias(Design design, DnsRecord record, LoadBalancer lb) {
        if (lb.id().equals(record.aliasTargetId())) {
            throw new EditRefusedException("'" + record.name() + "' already points at '" + lb.name() + "'");
        }
        return new ReplaceElement(record, record.withTarget(lb.id()), "Point '" + record.name() + "' at '" + lb.name() + "'");
    }

    private static Edit allocate(Design design, ElasticIp ip, NatGateway nat) {
        if (!nat.isPublic()) {
            throw new EditRefusedException("A private NAT gateway has no Elastic IP");
        }
        if (ip.id().equals(nat.allocationId())) {
            throw new EditRefusedException("'" + nat.name() + "' already uses '" + ip.name() + "'");
        }
        var changed = nat.withAllocation(ip.id());
        return new ReplaceElement(nat, changed, "Give '" + nat.name() + "' the Elastic IP '" + ip.name() + "'");
    }

    /** The endpoint may sit in another VPC than the load balancer: that is what an endpoint is for. */
    private static Edit serve(GatewayLoadBalancerEndpoint endpoint, LoadBalancer lb) {
        if (lb.type() != LoadBalancerType.GATEWAY) {
            throw new EditRefusedException("A GWLB endpoint sends traffic only to a Gateway Load Balancer");
        }
        if (lb.id().equals(endpoint.loadBalancerId())) {
            throw new EditRefusedException("'" + endpoint.name() + "' already sends to '" + lb.name() + "'");
        }
        return new ReplaceElement(endpoint, endpoint.withLoadBalancer(lb.id()),
                "Send '" + endpoint.name() + "' to '" + lb.name() + "'");
    }

    private static Edit send(Design design, Client client, Element target) {
        if (target.id().equals(client.targetId())) {
            throw new EditRefusedException("'" + client.name() + "' already sends to '" + target.name() + "'");
        }
        var changed = new Client(client.id(), client.name(), client.parent(), client.bounds(), client.kind(), target.id());
        return new ReplaceElement(client, changed, "Send '" + client.name() + "' to '" + target.name() + "'");
    }

    private static void sameVpc(Design design, Element a, Element b, String refusal) {
        var vpcA = design.topology().vpcOf(a);
        var vpcB = design.topology().vpcOf(b);
        if (vpcA != null && vpcB != null && !Objects.equals(vpcA.id(), vpcB.id())) {
            throw new EditRefusedException(refusal);
        }
    }

    private static String article(String label, String a, String an) {
        return ("AEIOU".indexOf(Character.toUpperCase(label.charAt(0))) >= 0 ? an : a) + " " + label;
    }

    private static Element require(Design design, ElementId id) {
        var element = design.get(id);
        if (element == null) {
            throw new EditRefusedException("no element '" + id + "'");
        }
        return element;
    }
}
