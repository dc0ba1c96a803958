package com.balancerstudio.model.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How many requests per second a traffic source sends over time. A constant profile sends evenly spaced requests;
 * every other profile sends them as a Poisson process (random gaps) at its rate of the moment.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TrafficProfile.Constant.class, name = "constant"),
    @JsonSubTypes.Type(value = TrafficProfile.Poisson.class, name = "poisson"),
    @JsonSubTypes.Type(value = TrafficProfile.Ramp.class, name = "ramp"),
    @JsonSubTypes.Type(value = TrafficProfile.Spike.class, name = "spike"),
    @JsonSubTypes.Type(value = TrafficProfile.Daily.class, name = "daily"),
})
public sealed interface TrafficProfile {
    /** The highest rate a profile may ask for; beyond it a simulation of minutes would hold billions of requests. */
    double MAX_RATE = 1_000_000;

    /** Requests per second at the given time (seconds from the start). */
    double rate(double time);

    /** Whether gaps between requests are random (Poisson) rather than even. */
    default boolean random() {
        return true;
    }

    private static double checkRate(String name, double value) {
        if (!(value >= 0) || value > MAX_RATE) {
            throw new IllegalArgumentException(name + " must be 0 to " + (long) MAX_RATE + " requests per second (got "
                    + value + ")");
        }
        return value;
    }

    /** The same rate all the time, requests evenly spaced. */
    record Constant(double rate) implements TrafficProfile {
        public Constant {
            checkRate("rate", rate);
        }

        @Override
        public double rate(double time) {
            return rate;
        }

        @Override
        public boolean random() {
            return false;
        }
    }

    /** The same average rate all the time, with random gaps between requests. */
    record Poisson(double rate) implements TrafficProfile {
        public Poisson {
            checkRate("rate", rate);
        }

        @Override
        public double rate(double time) {
            return rate;
        }
    }

    /** From one rate to another in a straight line between {@code start} and {@code end} seconds. */
    record Ramp(double fromRate, double toRate, double start, double end) implements TrafficProfile {
        public Ramp {
            checkRate("from_rate", fromRate);
            checkRate("to_rate", toRate);
            if (!(start >= 0) || !(end > start)) {
                throw new IllegalArgumentException("a ramp needs 0 <= start < end (got " + start + " and " + end + ")");
            }
        }

        @Override
        public double rate(double time) {
            if (time <= start) {
                return fromRate;
            }
            if (time >= end) {
                return toRate;
            }
            return fromRate + (toRate - fromRate) * (time - start) / (end - start);
        }
    }

    /** A base rate, multiplied by {@code multiplier} from {@code at} for {@code duration} seconds. */
    record Spike(double rate, double multiplier, double at, double duration) implements TrafficProfile {
        public Spike {
            checkRate("rate", rate);
            checkRate("rate x multiplier", rate * multiplier);
            if (!(multiplier >= 0) || !(at >= 0) || !(duration > 0)) {
                throw new IllegalArgumentException("a spike needs multiplier >= 0, at >= 0 and duration > 0");
            }
        }

        @Override
        public double rate(double time) {
            return time >= at && time < at + duration ? rate * multiplier : rate;
        }
    }

    /**
     * A day's curve: {@code minRate} at midnight rising smoothly (a cosine) to {@code maxRate} at noon and back, over a
     * day of {@code dayLength} simulated seconds (86,400 for a real day; shorter to watch a day go by quickly).
     */
    record Daily(double minRate, double maxRate, Double dayLength) implements TrafficProfile {
        public Daily {
            checkRate("min_rate", minRate);
            checkRate("max_rate", maxRate);
            if (maxRate < minRate) {
                throw new IllegalArgumentException("max_rate must be at least min_rate");
            }
            if (dayLength != null && !(dayLength > 0)) {
                throw new IllegalArgumentException("day_length must be above 0 seconds");
            }
        }

        @Override
        public double rate(double time) {
            double day = dayLength == null ? 86_400 : dayLength;
            return minRate + (maxRate - minRate) * (1 - Math.cos(2 * Math.PI * time / day)) / 2;
        }
    }
}
