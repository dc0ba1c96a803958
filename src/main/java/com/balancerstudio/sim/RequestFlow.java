package com.balancerstudio.sim;

import com.balancerstudio.model.scenario.RequestShape;
import java.util.ArrayList;

/**
 * The path of one request: client to load balancer node (through DNS), listener rules to a target group, a target
 * chosen, served or queued at the target within its capacity, and the answer or the failure, counted in the metrics.
 */
final class RequestFlow {
    /** Bytes of a typical small request and answer (a teaching assumption, for ProcessedBytes). */
    static final int REQUEST_BYTES = 700;
    static final int RESPONSE_BYTES = 6_000;
    static final int ERROR_BYTES = 200;

    private final Engine engine;
    private final TargetChooser chooser;

    RequestFlow(Engine engine) {
        this.engine = engine;
        this.chooser = new TargetChooser(engine);
    }

    TargetChooser chooser() {
        return chooser;
    }

    /** The next client of the stream sends a request now. */
    void send(TrafficStream stream) {
        var client = stream.nextClient();
        var node = engine.dns.nodeFor(client);
        var lb = client.loadBalancer;
        int second = engine.second();
        if (node == null || !node.up) {
            if (lb != null) {
                lb.nodeUnreachable.add(second, 1);
            }
            if (engine.recordRequests) {
                engine.emit(new SimEvent.RequestFailed(engine.now, engine.nextRequestId++, null,
                        FailureReason.NODE_UNREACHABLE, client.id, lb == null ? null : lb.id));
            }
            engine.dns.forget(client);
            return;
        }
        var request = new Request(engine.nextRequestId++, client, node, engine.now);
        openConnection(client, lb, stream, second);
        lb.requestCount.add(second, 1);
        node.requestCount.add(second, 1);
        if (engine.recordRequests) {
            engine.emit(new SimEvent.RequestArrived(engine.now, request.id, client.id, client.ipText, lb.id, node.zone));
        }
        var listener = lb.listener(stream.source.port());
        if (listener == null) {
            fail(request, null, FailureReason.NO_TARGET);
            return;
        }
        var action = ListenerRouting.route(listener, shape(stream), client);
        if (!action.forwards()) {
            answer(request, action.answerStatus);
            return;
        }
        var group = action.groups.length == 1 ? action.groups[0] : weighted(action);
        request.group = group;
        var registration = chooser.choose(group, node, client, listener.classicAlgorithm,
                listener.classicStickiness);
        if (registration == null) {
            fail(request, null, FailureReason.NO_TARGET);
            return;
        }
        forward(request, registration);
    }

    /** A client reuses its connection (or flow) for a number of requests, then opens a new one. */
    private void openConnection(SimClient client, SimLoadBalancer lb, TrafficStream stream, int second) {
        if (!client.connectionOpen || client.connectionRequestsLeft <= 0 || engine.now - client.lastActive > lb.idleTimeout) {
            client.connectionOpen = true;
            client.connectionRequestsLeft = stream.source.connectionRequests();
            client.sourcePort = 1024 + (client.sourcePort - 1023) % 64_000;
            client.flowTarget = null;
            lb.newConnections.add(second, 1);
        }
        client.connectionRequestsLeft--;
        client.lastActive = engine.now;
    }

    private RequestShape shape(TrafficStream stream) {
        if (stream.shapes.size() == 1) {
            return stream.shapes.get(0);
        }
        int total = stream.cumulativeWeights[stream.cumulativeWeights.length - 1];
        int pick = total <= 0 ? 0 : engine.trafficRandom.nextInt(total);
        for (int i = 0; i < stream.cumulativeWeights.length; i++) {
            if (pick < stream.cumulativeWeights[i]) {
                return stream.shapes.get(i);
            }
        }
        return stream.shapes.get(0);
    }

    /**
     * Weighted forward: each target group gets its weight's share of requests
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#forward-actions).
     */
    private SimTargetGroup weighted(ListenerRoute.ActionRoute action) {
        int total = action.cumulativeWeights[action.cumulativeWeights.length - 1];
        int pick = engine.routingRandom.nextInt(total);
        for (int i = 0; i < action.cumulativeWeights.length; i++) {
            if (pick < action.cumulativeWeights[i]) {
                return action.groups[i];
            }
        }
        return action.groups[0];
    }

    void forward(Request request, Registration registration) {
        var instance = registration.instance;
        var lb = request.node.loadBalancer;
        int second = engine.second();
        request.registration = registration;
        registration.group.requestCount.add(second, 1);
        instance.requestCount.add(second, 1);
        boolean queued = instance.inService >= instance.capacity;
        if (engine.recordRequests) {
            engine.emit(new SimEvent.RequestForwarded(engine.now, request.id, registration.group.id, instance.id,
                    instance.zone, queued));
        }
        if (!instance.running()) {
            instance.connectionErrors.add(second, 1);
            lb.targetConnectionErrors.add(second, 1);
            fail(request, instance.id, FailureReason.TARGET_UNREACHABLE);
            return;
        }
        if (queued && instance.waitingRequests.size() >= instance.queueLimit) {
            fail(request, instance.id, FailureReason.TARGET_OVERLOADED);
            return;
        }
        registration.active++;
        instance.link(request);
        if (queued) {
            request.waiting = true;
            instance.waitingRequests.add(request);
            engine.schedule(request.arrival + lb.idleTimeout, () -> timeout(request));
        } else {
            start(request);
        }
    }

    private void start(Request request) {
        var instance = request.registration.instance;
        instance.changeInService(engine.now, 1);
        double service = instance.meanServiceTime * instance.slowFactor;
        if (instance.exponential) {
            service *= -Math.log(1 - engine.serviceRandom.nextDouble());
        }
        double end = engine.now + service;
        double deadline = request.arrival + request.node.loadBalancer.idleTimeout;
        if (end > deadline) {
            engine.schedule(deadline, () -> timeout(request));
        } else {
            engine.schedule(end, () -> complete(request));
        }
    }

    private void complete(Request request) {
        if (request.done) {
            return;
        }
        request.done = true;
        release(request);
        var registration = request.registration;
        var instance = registration.instance;
        var group = registration.group;
        var node = request.node;
        var lb = node.loadBalancer;
        int second = engine.second();
        double latency = engine.now - request.arrival;
        instance.target2xx.add(second, 1);
        group.target2xx.add(second, 1);
        lb.target2xx.add(second, 1);
        instance.latency.record(second, latency);
        group.latency.record(second, latency);
        lb.latency.record(second, latency);
        node.latency.record(second, latency);
        lb.processedBytes.add(second, REQUEST_BYTES + RESPONSE_BYTES);
        node.processedBytes.add(second, REQUEST_BYTES + RESPONSE_BYTES);
        if (engine.recordRequests) {
            engine.emit(new SimEvent.RequestCompleted(engine.now, request.id, instance.id, 200, latency));
        }
        finishDrainingIfIdle(registration);
    }

    private void timeout(Request request) {
        if (request.done) {
            return;
        }
        request.done = true;
        release(request);
        fail(request, request.registration.instance.id, FailureReason.TIMEOUT);
        finishDrainingIfIdle(request.registration);
    }

    private void finishDrainingIfIdle(Registration registration) {
        if (registration.state == TargetHealth.DRAINING && registration.active == 0) {
            engine.deregistration.finish(registration, 0);
        }
    }

    /** Frees the request's place at its target and starts the next waiting request. */
    private void release(Request request) {
        if (takeOff(request)) {
            startWaiting(request.registration.instance);
        }
    }

    private void startWaiting(SimInstance instance) {
        while (instance.inService < instance.capacity && !instance.waitingRequests.isEmpty() && instance.running()) {
            var next = instance.waitingRequests.poll();
            next.waiting = false;
            if (!next.done) {
                start(next);
            }
        }
    }

    /** The load balancer answers by itself (redirect, fixed response). */
    private void answer(Request request, int status) {
        var lb = request.node.loadBalancer;
        int second = engine.second();
        if (status >= 500) {
            lb.elb5xx.add(second, 1);
            request.node.elb5xx.add(second, 1);
        } else if (status >= 400) {
            lb.elb4xx.add(second, 1);
        } else if (status >= 300) {
            lb.elb3xx.add(second, 1);
        }
        lb.processedBytes.add(second, REQUEST_BYTES + ERROR_BYTES);
        request.node.processedBytes.add(second, REQUEST_BYTES + ERROR_BYTES);
        if (engine.recordRequests) {
            engine.emit(new SimEvent.RequestCompleted(engine.now, request.id, null, status, 0));
        }
    }

    /** Counts and reports a failed request. */
    void fail(Request request, String targetId, FailureReason reason) {
        var node = request.node;
        var lb = node.loadBalancer;
        int second = engine.second();
        if (reason.fromLoadBalancer()) {
            lb.elb5xx.add(second, 1);
            node.elb5xx.add(second, 1);
            (reason.status() == 502 ? lb.elb502 : reason.status() == 503 ? lb.elb503 : lb.elb504).add(second, 1);
        } else if (request.registration != null) {
            request.registration.instance.target5xx.add(second, 1);
            request.registration.group.target5xx.add(second, 1);
            lb.target5xx.add(second, 1);
        }
        if (reason == FailureReason.DRAINING_CUT) {
            lb.cut.add(second, 1);
        }
        lb.processedBytes.add(second, REQUEST_BYTES + ERROR_BYTES);
        node.processedBytes.add(second, REQUEST_BYTES + ERROR_BYTES);
        if (engine.recordRequests) {
            engine.emit(new SimEvent.RequestFailed(engine.now, request.id, targetId, reason));
        }
    }

    /** Takes the request off its target, out of the queue or out of service; true when it was being served. */
    private boolean takeOff(Request request) {
        var instance = request.registration.instance;
        instance.unlink(request);
        request.registration.active--;
        if (request.waiting) {
            instance.waitingRequests.remove(request);
            request.waiting = false;
            return false;
        }
        instance.changeInService(engine.now, -1);
        return true;
    }

    /**
     * Fails the requests an instance holds (all of them, or those of one registration) without starting others:
     * the instance died, or a draining target's delay ran out. Returns how many were failed.
     */
    int abort(SimInstance instance, Registration only, FailureReason reason) {
        var victims = new ArrayList<Request>();
        for (var request = instance.activeHead; request != null; request = request.next) {
            if (only == null || request.registration == only) {
                victims.add(request);
            }
        }
        for (var request : victims) {
            request.done = true;
            takeOff(request);
            fail(request, instance.id, reason);
        }
        if (only != null) {
            startWaiting(instance);
        }
        return victims.size();
    }
}
