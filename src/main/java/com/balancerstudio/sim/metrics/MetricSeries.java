package com.balancerstudio.sim.metrics;

import java.util.Arrays;

/** One metric of one dimension, one value per simulated second (second 0 covers [0, 1)). */
public final class MetricSeries {
    private double[] values = new double[64];
    private int length;

    /** Adds to the value of a second (counts). */
    public void add(int second, double amount) {
        ensure(second);
        values[second] += amount;
    }

    /** Sets the value of a second (levels sampled at its end). */
    public void set(int second, double value) {
        ensure(second);
        values[second] = value;
    }

    private void ensure(int second) {
        if (second >= values.length) {
            values = Arrays.copyOf(values, Math.max(second + 1, values.length * 2));
        }
        if (second >= length) {
            length = second + 1;
        }
    }

    /** The value of the second, 0 for seconds without any. */
    public double get(int second) {
        return second >= 0 && second < length ? values[second] : 0;
    }

    /** How many seconds have a value recorded (the last one recorded plus one). */
    public int length() {
        return length;
    }

    /** The values of seconds [0, seconds) as an array (zeros where nothing happened). */
    public double[] toArray(int seconds) {
        return Arrays.copyOf(values, seconds);
    }

    public double sum(int from, int to) {
        double total = 0;
        for (int s = Math.max(0, from); s < Math.min(to, length); s++) {
            total += values[s];
        }
        return total;
    }

    public double average(int from, int to) {
        return to > from ? sum(from, to) / (to - from) : 0;
    }

    public double maximum(int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int s = Math.max(0, from); s < to; s++) {
            max = Math.max(max, get(s));
        }
        return to > from ? max : 0;
    }

    public double minimum(int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (int s = Math.max(0, from); s < to; s++) {
            min = Math.min(min, get(s));
        }
        return to > from ? min : 0;
    }
}
