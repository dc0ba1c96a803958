package com.balancerstudio.model.scenario;

import com.balancerstudio.model.ElementId;
import java.util.List;
import java.util.Objects;

/**
 * One stream of traffic: {@code clients} distinct clients (each with its own IP address and cookies) sending
 * requests at the rate of the profile. {@code from} names a client element of the design (its target is where the
 * traffic goes) and/or {@code to} names a load balancer or Route 53 record directly. {@code port} picks the listener
 * (default: the first listener that forwards), {@code requests} the mix of host and path (default: one path "/"), and
 * a client's connection carries {@code requestsPerConnection} requests before the client opens a new one.
 */
public record TrafficSource(ElementId from, ElementId to, Integer clients, TrafficProfile profile, Integer port,
                            List<RequestShape> requests, Integer requestsPerConnection) {
    /** Enough distinct addresses for any classroom scenario, small enough to keep per-client state cheap. */
    public static final int MAX_CLIENTS = 100_000;

    public TrafficSource {
        if (from == null && to == null) {
            throw new IllegalArgumentException("traffic needs 'from' (a client) or 'to' (a load balancer or DNS record)");
        }
        Objects.requireNonNull(profile, "profile is required");
        if (clients != null && (clients < 1 || clients > MAX_CLIENTS)) {
            throw new IllegalArgumentException("clients must be 1 to " + MAX_CLIENTS + " (got " + clients + ")");
        }
        if (requestsPerConnection != null && requestsPerConnection < 1) {
            throw new IllegalArgumentException("requests_per_connection must be at least 1");
        }
        requests = List.copyOf(Objects.requireNonNullElse(requests, List.of()));
    }

    /** Traffic to a load balancer or DNS record from the given number of clients, with defaults for the rest. */
    public static TrafficSource to(ElementId target, int clients, TrafficProfile profile) {
        return new TrafficSource(null, target, clients, profile, null, List.of(), null);
    }

    public int clientCount() {
        return clients == null ? 100 : clients;
    }

    public int connectionRequests() {
        return requestsPerConnection == null ? 10 : requestsPerConnection;
    }

    public TrafficSource withRequests(List<RequestShape> shapes) {
        return new TrafficSource(from, to, clients, profile, port, shapes, requestsPerConnection);
    }

    public TrafficSource withRequestsPerConnection(int perConnection) {
        return new TrafficSource(from, to, clients, profile, port, requests, perConnection);
    }
}
