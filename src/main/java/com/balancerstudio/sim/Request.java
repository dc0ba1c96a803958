package com.balancerstudio.sim;

/** One request in flight, linked into the list of its instance's active requests so a cut or a crash can find it. */
final class Request {
    final long id;
    final SimClient client;
    final LbNode node;
    final double arrival;
    SimTargetGroup group;
    Registration registration;
    /** Set once the request has completed or failed; later events for it are ignored. */
    boolean done;
    boolean waiting;
    Request previous;
    Request next;

    Request(long id, SimClient client, LbNode node, double arrival) {
        this.id = id;
        this.client = client;
        this.node = node;
        this.arrival = arrival;
    }
}
