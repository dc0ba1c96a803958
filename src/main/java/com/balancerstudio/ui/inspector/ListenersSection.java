package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Template;
import com.balancerstudio.ui.Workspace;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** The listeners of a load balancer: protocol, port, certificate and default action, with add and remove. */
final class ListenersSection {
    private ListenersSection() {
    }

    static Node of(Workspace workspace, LoadBalancer balancer) {
        var design = workspace.design();
        var listeners = design.children(balancer.id()).stream().filter(Listener.class::isInstance)
                .map(Listener.class::cast).toList();
        var add = new Button("Add listener");
        add.setId("add-listener");
        add.setOnAction(e -> {
            var now = workspace.design();
            var id = Template.freshId(now, balancer.id().value() + "-listener");
            var protocol = defaultProtocol(balancer.type());
            var port = protocol == null ? null : nextFreePort(listeners);
            var listener = Listener.of(id, balancer.id(), protocol, port, null, null);
            workspace.apply(Edits.add(now, List.of(listener), "Add listener to " + balancer.name()));
        });
        return new ItemCards<>("Listeners", "listeners", listeners, (l, i) -> ItemCards.summary(headline(l),
                detail(design, l)))
                .onOpen(l -> workspace.select(Set.of(l.id())))
                .removable("Remove listener", l -> workspace.apply(Edits.delete(workspace.design(), List.of(l.id()))))
                .withAdd(add)
                .node();
    }

    /** "HTTPS :443" (or its name when it differs), what a person scans the list for. */
    private static String headline(Listener listener) {
        var what = listener.protocol() == null ? "All traffic" : listener.protocol() + " :" + listener.port();
        return listener.name().equals(what) ? what : what + "  (" + listener.name() + ")";
    }

    private static String detail(Design design, Listener listener) {
        var text = listener.defaultAction() != null ? Summaries.action(design, listener.defaultAction())
                : listener.instanceProtocol() != null ? "to instances over " + listener.instanceProtocol() + " :"
                + listener.instancePort() : "no default action";
        var rules = design.topology().rulesOf(listener).size();
        text += rules == 0 ? "" : rules == 1 ? "; 1 rule" : "; " + rules + " rules";
        return listener.certificateId() == null ? text
                : text + "; certificate " + Summaries.of(design, listener.certificateId());
    }

    private static Protocol defaultProtocol(LoadBalancerType type) {
        if (type == LoadBalancerType.NETWORK) {
            return Protocol.TCP;
        }
        return type == LoadBalancerType.GATEWAY ? null : Protocol.HTTP;
    }

    private static int nextFreePort(List<Listener> listeners) {
        for (int port : new int[] {80, 443, 8080, 8443}) {
            if (listeners.stream().noneMatch(l -> l.port() != null && l.port() == port)) {
                return port;
            }
        }
        return 8000 + listeners.size();
    }
}
