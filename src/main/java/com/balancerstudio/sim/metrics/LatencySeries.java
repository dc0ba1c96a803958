package com.balancerstudio.sim.metrics;

import java.util.Arrays;

/**
 * Response times of one dimension, per second, kept as histograms with logarithmic buckets (5% wide, so within 2.5%, from 0.1
 * ms to about 17 minutes) so that percentiles of millions of requests take constant memory per second.
 */
public final class LatencySeries {
    static final int BUCKETS = 340;
    private static final double SMALLEST = 1e-4;
    private static final double GROWTH = 1.05;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private int[][] histograms = new int[64][];
    private double[] sums = new double[64];
    private int[] counts = new int[64];
    private int length;

    public void record(int second, double seconds) {
        if (second >= histograms.length) {
            int size = Math.max(second + 1, histograms.length * 2);
            histograms = Arrays.copyOf(histograms, size);
            sums = Arrays.copyOf(sums, size);
            counts = Arrays.copyOf(counts, size);
        }
        if (histograms[second] == null) {
            histograms[second] = new int[BUCKETS];
        }
        histograms[second][bucket(seconds)]++;
        sums[second] += seconds;
        counts[second]++;
        length = Math.max(length, second + 1);
    }

    static int bucket(double seconds) {
        if (seconds <= SMALLEST) {
            return 0;
        }
        int index = 1 + (int) (Math.log(seconds / SMALLEST) / LOG_GROWTH);
        return Math.min(index, BUCKETS - 1);
    }

    /** The middle of a bucket: what a percentile falling into it reports. */
    static double value(int bucket) {
        if (bucket == 0) {
            return SMALLEST;
        }
        return SMALLEST * Math.pow(GROWTH, bucket - 0.5);
    }

    public int length() {
        return length;
    }

    /** How many responses seconds [from, to) hold. */
    public long count(int from, int to) {
        long total = 0;
        for (int s = Math.max(0, from); s < Math.min(to, length); s++) {
            total += counts[s];
        }
        return total;
    }

    /** The mean response time over seconds [from, to), or NaN when there was none. */
    public double average(int from, int to) {
        double sum = 0;
        long count = 0;
        for (int s = Math.max(0, from); s < Math.min(to, length); s++) {
            sum += sums[s];
            count += counts[s];
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The p-th percentile (0 < p <= 100) of response times over seconds [from, to), or NaN when there was none. */
    public double percentile(double p, int from, int to) {
        long total = count(from, to);
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100 * total));
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            for (int s = Math.max(0, from); s < Math.min(to, length); s++) {
                if (histograms[s] != null) {
                    seen += histograms[s][b];
                }
            }
            if (seen >= rank) {
                return value(b);
            }
        }
        return value(BUCKETS - 1);
    }
}
