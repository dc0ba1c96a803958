package com.balancerstudio.sim;

import java.util.Arrays;

/**
 * The simulation's future: actions ordered by time, then by the order they were scheduled in (a sequence number), so
 * that two runs with the same inputs take every step in the same order. A binary heap over parallel arrays.
 */
final class EventQueue {
    private double[] times = new double[1024];
    private long[] sequences = new long[1024];
    private Runnable[] actions = new Runnable[1024];
    private int size;
    private long nextSequence;

    void schedule(double time, Runnable action) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
            actions = Arrays.copyOf(actions, size * 2);
        }
        int i = size++;
        long sequence = nextSequence++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, sequence, times[parent], sequences[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        sequences[i] = sequence;
        actions[i] = action;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest action; only when not empty. */
    double peekTime() {
        return times[0];
    }

    /** Removes and returns the earliest action. */
    Runnable poll() {
        var first = actions[0];
        size--;
        double time = times[size];
        long sequence = sequences[size];
        var action = actions[size];
        actions[size] = null;
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(times[child + 1], sequences[child + 1], times[child], sequences[child])) {
                child++;
            }
            if (!before(times[child], sequences[child], time, sequence)) {
                break;
            }
            move(child, i);
            i = child;
        }
        if (size > 0) {
            times[i] = time;
            sequences[i] = sequence;
            actions[i] = action;
        }
        return first;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        actions[to] = actions[from];
    }

    private static boolean before(double time, long sequence, double otherTime, long otherSequence) {
        return time < otherTime || (time == otherTime && sequence < otherSequence);
    }
}
