package com.balancerstudio.render;

/** Counts where two orthogonal polylines cross each other (a horizontal segment of one through a vertical of the other). */
final class Crossings {
    private Crossings() {
    }

    static int between(double[] a, double[] b) {
        int count = 0;
        for (int i = 0; i + 3 < a.length; i += 2) {
            for (int j = 0; j + 3 < b.length; j += 2) {
                if (cross(a, i, b, j) || cross(b, j, a, i)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether horizontal segment i of h properly crosses vertical segment j of v (touching ends do not count). */
    private static boolean cross(double[] h, int i, double[] v, int j) {
        if (h[i + 1] != h[i + 3] || v[j] != v[j + 2]) {
            return false;
        }
        double y = h[i + 1];
        double x = v[j];
        return x > Math.min(h[i], h[i + 2]) && x < Math.max(h[i], h[i + 2])
                && y > Math.min(v[j + 1], v[j + 3]) && y < Math.max(v[j + 1], v[j + 3]);
    }
}
