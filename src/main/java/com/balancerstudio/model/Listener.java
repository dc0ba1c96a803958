package com.balancerstudio.model;

import java.util.List;

/**
 * A listener of a load balancer (its parent). ALB, NLB and GWLB listeners have a default action; a Classic Load
 * Balancer listener instead names the instance protocol and port it forwards to. {@code websockets} records that
 * clients open WebSocket connections through it. {@code alpnPolicy} belongs to TLS listeners and
 * {@code tcpIdleTimeoutSeconds} to TCP listeners of Network (and Gateway) Load Balancers.
 */
public record Listener(ElementId id, String name, ElementId parent, Rect bounds, Protocol protocol, Integer port,
                       ElementId certificateId, List<ElementId> additionalCertificateIds, String sslPolicy,
                       Action defaultAction, Protocol instanceProtocol, Integer instancePort, boolean websockets,
                       AlpnPolicy alpnPolicy, Integer tcpIdleTimeoutSeconds)
        implements Element {
    public Listener {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        additionalCertificateIds = Ids.listOf(additionalCertificateIds);
    }

    /** A listener that forwards or redirects, with AWS defaults for the rest. */
    public static Listener of(ElementId id, ElementId loadBalancer, Protocol protocol, Integer port,
                              ElementId certificate, Action defaultAction) {
        String name = protocol == null ? "all traffic" : protocol + " :" + port;
        return new Listener(id, name, loadBalancer, null, protocol, port, certificate, List.of(), null, defaultAction,
                null, null, false, null, null);
    }

    @Override
    public List<Reference> references() {
        var builder = Reference.builder()
                .add("certificate_id", certificateId, Certificate.class)
                .addAll("additional_certificate_ids", additionalCertificateIds, Certificate.class);
        Action.addReferences(builder, "default_action", defaultAction);
        return builder.build();
    }

    @Override
    public Listener withoutReferencesTo(ElementId target) {
        return new Listener(id, name, parent, bounds, protocol, port, Ids.unless(certificateId, target),
                Ids.without(additionalCertificateIds, target), sslPolicy,
                defaultAction == null ? null : defaultAction.withoutTargetGroup(target), instanceProtocol, instancePort,
                websockets,
                alpnPolicy, tcpIdleTimeoutSeconds);
    }

    /** The same listener with another ALPN policy and TCP idle timeout (null: AWS's default). */
    public Listener withConnectionSettings(AlpnPolicy alpn, Integer tcpIdleTimeout) {
        return new Listener(id, name, parent, bounds, protocol, port, certificateId, additionalCertificateIds,
                sslPolicy, defaultAction, instanceProtocol, instancePort, websockets, alpn, tcpIdleTimeout);
    }

    @Override
    public Listener withName(String newName) {
        return new Listener(id, newName, parent, bounds, protocol, port, certificateId, additionalCertificateIds,
                sslPolicy, defaultAction, instanceProtocol, instancePort, websockets,
                alpnPolicy, tcpIdleTimeoutSeconds);
    }

    @Override
    public Listener withPlacement(ElementId newParent, Rect newBounds) {
        return new Listener(id, name, newParent, newBounds, protocol, port, certificateId, additionalCertificateIds,
                sslPolicy, defaultAction, instanceProtocol, instancePort, websockets,
                alpnPolicy, tcpIdleTimeoutSeconds);
    }
}
