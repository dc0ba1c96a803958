package com.balancerstudio.sim;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.scenario.RequestShape;
import com.balancerstudio.model.scenario.TrafficSource;
import java.util.List;

/** A scenario's traffic source at run time: its clients, where it enters (load balancer or DNS record), its mix. */
final class TrafficStream {
    final TrafficSource source;
    final Element entry;
    final SimClient[] clients;
    final List<RequestShape> shapes;
    final int[] cumulativeWeights;
    int nextClient;
    /** Even spacing: the rate in force, when it took effect, and requests sent at it since. */
    double evenRate = -1;
    double evenAnchor;
    long evenCount;

    TrafficStream(TrafficSource source, Element entry, int clientCount, int firstIp, String clientPrefix) {
        this.source = source;
        this.entry = entry;
        this.clients = new SimClient[clientCount];
        for (int i = 0; i < clientCount; i++) {
            clients[i] = new SimClient(clientPrefix + "-" + (i + 1), firstIp + i, this);
        }
        this.shapes = source.requests().isEmpty() ? List.of(new RequestShape(null, "/", 1)) : source.requests();
        this.cumulativeWeights = new int[shapes.size()];
        int total = 0;
        for (int i = 0; i < shapes.size(); i++) {
            total += shapes.get(i).effectiveWeight();
            cumulativeWeights[i] = total;
        }
    }

    /** Clients take turns: every client sends as often as every other. */
    SimClient nextClient() {
        var client = clients[nextClient];
        nextClient = (nextClient + 1) % clients.length;
        return client;
    }
}
