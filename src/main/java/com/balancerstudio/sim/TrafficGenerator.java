package com.balancerstudio.sim;

/**
 * Turns each traffic source's profile into request arrivals: evenly spaced for a constant rate, a Poisson process
 * (exponential gaps at the rate of the moment) for the others, times any injected spike.
 */
final class TrafficGenerator {
    private final Engine engine;

    TrafficGenerator(Engine engine) {
        this.engine = engine;
    }

    void start() {
        for (var stream : engine.streams) {
            next(stream, 0);
        }
    }

    private void next(TrafficStream stream, double from) {
        var profile = stream.source.profile();
        double rate = profile.rate(from) * (from < engine.spikeEnd ? engine.spikeMultiplier : 1);
        double time;
        if (rate <= 0) {
            // Nothing to send now: look again a second later.
            time = from + 1;
            if (time <= engine.scenario.duration()) {
                engine.schedule(time, () -> next(stream, time));
            }
            return;
        }
        if (profile.random()) {
            time = from - Math.log(1 - engine.trafficRandom.nextDouble()) / rate;
        } else {
            // Evenly spaced from the moment the rate was set, so that sums of many gaps do not drift.
            if (rate != stream.evenRate) {
                stream.evenRate = rate;
                stream.evenAnchor = from;
                stream.evenCount = 0;
            }
            time = stream.evenAnchor + ++stream.evenCount / rate;
        }
        if (time > engine.scenario.duration()) {
            return;
        }
        engine.schedule(time, () -> {
            engine.flow.send(stream);
            next(stream, time);
        });
    }
}
