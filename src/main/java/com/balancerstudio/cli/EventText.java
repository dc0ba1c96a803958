package com.balancerstudio.cli;

import com.balancerstudio.sim.SimEvent;
import java.util.Locale;

/** A simulation event in a few words for people, e.g. "web-a1 in web-tg: healthy -> unhealthy (Target.Timeout)". */
final class EventText {
    private EventText() {
    }

    static String describe(SimEvent event) {
        if (event instanceof SimEvent.HealthChanged e) {
            return e.targetId() + " in " + e.targetGroupId() + ": " + e.from().awsName() + " -> " + e.to().awsName()
                    + (e.reason() == null ? "" : " (" + e.reason() + ")");
        }
        if (event instanceof SimEvent.FailOpenChanged e) {
            return e.targetGroupId() + (e.failingOpen() ? ": no healthy target, failing open to all targets"
                    : ": a target is healthy again, no longer failing open");
        }
        if (event instanceof SimEvent.DrainingStarted e) {
            return e.targetId() + " in " + e.targetGroupId() + ": draining, " + e.inFlight() + " requests in flight, "
                    + String.format(Locale.ROOT, "until %.0f s", e.deadline());
        }
        if (event instanceof SimEvent.DrainingEnded e) {
            return e.targetId() + " in " + e.targetGroupId() + ": deregistered"
                    + (e.cutRequests() > 0 ? ", " + e.cutRequests() + " requests cut at the delay" : "");
        }
        if (event instanceof SimEvent.ScalingDecided e) {
            return e.autoScalingGroupId() + ": desired capacity " + e.from() + " -> " + e.to() + " (" + e.cause() + ")";
        }
        if (event instanceof SimEvent.InstanceLaunched e) {
            return e.autoScalingGroupId() + ": launching " + e.targetId() + " in " + e.zone()
                    + String.format(Locale.ROOT, ", running at %.0f s", e.runningAt());
        }
        if (event instanceof SimEvent.InstanceTerminated e) {
            return e.autoScalingGroupId() + ": terminated " + e.targetId();
        }
        if (event instanceof SimEvent.FaultApplied e) {
            return "fault: " + e.fault().describe();
        }
        if (event instanceof SimEvent.RequestArrived e) {
            return "request " + e.requestId() + " from " + e.clientId() + " (" + e.clientIp() + ") at " + e.loadBalancerId()
                    + " in " + e.zone();
        }
        if (event instanceof SimEvent.RequestForwarded e) {
            return "request " + e.requestId() + " to " + e.targetId() + (e.queued() ? " (queued)" : "");
        }
        if (event instanceof SimEvent.RequestCompleted e) {
            return "request " + e.requestId() + " answered " + e.status()
                    + String.format(Locale.ROOT, " in %.1f ms", e.latency() * 1000);
        }
        if (event instanceof SimEvent.RequestFailed e) {
            return "request " + e.requestId() + " failed: " + e.reason();
        }
        return event.toString();
    }
}
