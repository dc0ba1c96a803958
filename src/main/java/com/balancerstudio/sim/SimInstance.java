package com.balancerstudio.sim;

import com.balancerstudio.sim.metrics.LatencySeries;
import com.balancerstudio.sim.metrics.MetricSeries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A running EC2 instance: serves up to {@code capacity} requests at once, holds up to {@code queueLimit} more
 * waiting, and can be stopped, slowed, or made to fail its health checks. Shared by all its registrations.
 */
final class SimInstance {
    final String id;
    final String zone;
    final int capacity;
    final int queueLimit;
    final double meanServiceTime;
    final boolean exponential;
    final List<Registration> registrations = new ArrayList<>();
    final ArrayDeque<Request> waitingRequests = new ArrayDeque<>();

    boolean stopped;
    boolean zoneDown;
    boolean terminated;
    boolean terminating;
    boolean failingHealthCheck;
    double slowFactor = 1;
    int inService;
    /** Requests the instance holds (serving or waiting), linked through Request.previous/next. */
    Request activeHead;
    int active;

    /** Integral of requests in service over time, for CPU utilization. */
    double busyIntegral;
    private double lastBusyChange;

    /** The Auto Scaling group that launched it, or null for an instance of the design. */
    AutoScaling.Group autoScalingGroup;
    double inServiceAt;
    double busyAtEvaluation;
    int launchOrder;

    MetricSeries requestCount;
    MetricSeries target2xx;
    MetricSeries target5xx;
    MetricSeries connectionErrors;
    LatencySeries latency;

    SimInstance(String id, String zone, int capacity, int queueLimit, double meanServiceTime, boolean exponential) {
        this.id = id;
        this.zone = zone;
        this.capacity = capacity;
        this.queueLimit = queueLimit;
        this.meanServiceTime = meanServiceTime;
        this.exponential = exponential;
    }

    boolean running() {
        return !stopped && !zoneDown && !terminated;
    }

    void link(Request request) {
        request.next = activeHead;
        request.previous = null;
        if (activeHead != null) {
            activeHead.previous = request;
        }
        activeHead = request;
        active++;
    }

    void unlink(Request request) {
        if (request.previous != null) {
            request.previous.next = request.next;
        } else if (activeHead == request) {
            activeHead = request.next;
        }
        if (request.next != null) {
            request.next.previous = request.previous;
        }
        request.previous = null;
        request.next = null;
        active--;
    }

    void changeInService(double now, int delta) {
        busyIntegral += inService * (now - lastBusyChange);
        lastBusyChange = now;
        inService += delta;
    }

    /** The busy integral brought up to now. */
    double busyIntegral(double now) {
        return busyIntegral + inService * (now - lastBusyChange);
    }
}
