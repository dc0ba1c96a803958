package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Template;
import com.balancerstudio.ui.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
        var columns = new LinkedHashMap<String, Function<Listener, String>>();
        columns.put("Protocol", l -> l.protocol() == null ? "all" : l.protocol().toString());
        columns.put("Port", l -> l.port() == null ? "" : l.port().toString());
        columns.put("Certificate", l -> l.certificateId() == null ? "" : Summaries.of(design, l.certificateId()));
        columns.put("Default action", l -> Summaries.action(design, l.defaultAction()));
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
        return new ItemsTable<>("Listeners", "listeners", listeners, columns)
                .onOpen(l -> workspace.select(Set.of(l.id())))
                .withActions("Remove listener", l -> workspace.apply(Edits.delete(workspace.design(), List.of(l.id()))), add)
                .node();
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
