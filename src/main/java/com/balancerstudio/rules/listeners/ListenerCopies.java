package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import java.util.List;

/** Changed copies of listeners and listener rules that the quick fixes of this area make. */
final class ListenerCopies {
    private ListenerCopies() {
    }

    static Listener withDefaultAction(Listener l, Action action) {
        return new Listener(l.id(), l.name(), l.parent(), l.bounds(), l.protocol(), l.port(), l.certificateId(),
                l.additionalCertificateIds(), l.sslPolicy(), action, l.instanceProtocol(), l.instancePort(),
                l.websockets(),
                l.alpnPolicy(), l.tcpIdleTimeoutSeconds());
    }

    static Listener withTls(Listener l, ElementId certificate, List<ElementId> additional, String sslPolicy) {
        return new Listener(l.id(), l.name(), l.parent(), l.bounds(), l.protocol(), l.port(), certificate, additional,
                sslPolicy, l.defaultAction(), l.instanceProtocol(), l.instancePort(), l.websockets(),
                l.alpnPolicy(), l.tcpIdleTimeoutSeconds());
    }

    static Listener withSslPolicy(Listener l, String sslPolicy) {
        return withTls(l, l.certificateId(), l.additionalCertificateIds(), sslPolicy);
    }

    static ListenerRule withAction(ListenerRule r, Action action) {
        return new ListenerRule(r.id(), r.name(), r.parent(), r.bounds(), r.priority(), r.conditions(), action);
    }

    static ListenerRule withConditions(ListenerRule r, List<RuleCondition> conditions) {
        return new ListenerRule(r.id(), r.name(), r.parent(), r.bounds(), r.priority(), conditions, r.action());
    }
}
