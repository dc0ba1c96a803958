package com.balancerstudio.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * A listener of a load balancer (its parent). ALB, NLB and GWLB listeners have a default action; a Classic Load
 * Balancer listener instead names the instance protocol and port it forwards to. {@code websockets} records that
 * clients open WebSocket connections through it. {@code alpnPolicy} belongs to TLS listeners and
 * {@code tcpIdleTimeoutSeconds} to TCP listeners of Network (and Gateway) Load Balancers; {@code stickinessPolicy} to
 * Classic Load Balancer listeners (AWS takes it on HTTP and HTTPS listeners only).
 */
public record Listener(ElementId id, String name, ElementId parent, Rect bounds, Protocol protocol, Integer port,
                       ElementId certificateId, List<ElementId> additionalCertificateIds, String sslPolicy,
                       Action defaultAction, Protocol instanceProtocol, Integer instancePort, boolean websockets,
                       AlpnPolicy alpnPolicy, Integer tcpIdleTimeoutSeconds, ClassicStickinessPolicy stickinessPolicy)
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
                null, null, false, null, null, null);
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
        return changed(d -> {
            d.certificateId = Ids.unless(certificateId, target);
            d.additionalCertificateIds = Ids.without(additionalCertificateIds, target);
            d.defaultAction = defaultAction == null ? null : defaultAction.withoutTargetGroup(target);
        });
    }

    /** The same listener with another ALPN policy and TCP idle timeout (null: AWS's default). */
    public Listener withConnectionSettings(AlpnPolicy alpn, Integer tcpIdleTimeout) {
        return changed(d -> {
            d.alpnPolicy = alpn;
            d.tcpIdleTimeoutSeconds = tcpIdleTimeout;
        });
    }

    @Override
    public Listener withName(String newName) {
        return changed(d -> d.name = newName);
    }

    @Override
    public Listener withPlacement(ElementId newParent, Rect newBounds) {
        return changed(d -> {
            d.parent = newParent;
            d.bounds = newBounds;
        });
    }

    /** The same listener on another front-end protocol and port (both null for a Gateway Load Balancer's). */
    public Listener withProtocolAndPort(Protocol newProtocol, Integer newPort) {
        return changed(d -> {
            d.protocol = newProtocol;
            d.port = newPort;
        });
    }

    /** The same Classic Load Balancer listener speaking another protocol to its instances. */
    public Listener withInstanceProtocol(Protocol newInstanceProtocol) {
        return changed(d -> d.instanceProtocol = newInstanceProtocol);
    }

    public Listener withCertificate(ElementId certificate) {
        return changed(d -> d.certificateId = certificate);
    }

    /** The same listener with another certificate, additional certificates and TLS security policy. */
    public Listener withTls(ElementId certificate, List<ElementId> additional, String policy) {
        return changed(d -> {
            d.certificateId = certificate;
            d.additionalCertificateIds = additional;
            d.sslPolicy = policy;
        });
    }

    public Listener withSslPolicy(String policy) {
        return changed(d -> d.sslPolicy = policy);
    }

    public Listener withDefaultAction(Action action) {
        return changed(d -> d.defaultAction = action);
    }

    public Listener withWebsockets(boolean used) {
        return changed(d -> d.websockets = used);
    }

    /** The same Classic Load Balancer listener with other sticky sessions (null: none). */
    public Listener withStickinessPolicy(ClassicStickinessPolicy policy) {
        return changed(d -> d.stickinessPolicy = policy);
    }

    /** A copy with the attributes the change sets; the one place besides the readers that lists every component. */
    private Listener changed(Consumer<Draft> change) {
        var d = new Draft(this);
        change.accept(d);
        return new Listener(d.id, d.name, d.parent, d.bounds, d.protocol, d.port, d.certificateId,
                d.additionalCertificateIds, d.sslPolicy, d.defaultAction, d.instanceProtocol, d.instancePort,
                d.websockets, d.alpnPolicy, d.tcpIdleTimeoutSeconds, d.stickinessPolicy);
    }

    /** The components of a listener being copied, open to change. */
    private static final class Draft {
        private final ElementId id;
        private String name;
        private ElementId parent;
        private Rect bounds;
        private Protocol protocol;
        private Integer port;
        private ElementId certificateId;
        private List<ElementId> additionalCertificateIds;
        private String sslPolicy;
        private Action defaultAction;
        private Protocol instanceProtocol;
        private final Integer instancePort;
        private boolean websockets;
        private AlpnPolicy alpnPolicy;
        private Integer tcpIdleTimeoutSeconds;
        private ClassicStickinessPolicy stickinessPolicy;

        private Draft(Listener l) {
            id = l.id;
            name = l.name;
            parent = l.parent;
            bounds = l.bounds;
            protocol = l.protocol;
            port = l.port;
            certificateId = l.certificateId;
            additionalCertificateIds = l.additionalCertificateIds;
            sslPolicy = l.sslPolicy;
            defaultAction = l.defaultAction;
            instanceProtocol = l.instanceProtocol;
            instancePort = l.instancePort;
            websockets = l.websockets;
            alpnPolicy = l.alpnPolicy;
            tcpIdleTimeoutSeconds = l.tcpIdleTimeoutSeconds;
            stickinessPolicy = l.stickinessPolicy;
        }
    }
}
