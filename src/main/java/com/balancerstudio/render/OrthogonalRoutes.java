package com.balancerstudio.render;

import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Orthogonal connector routes between two boxes: the candidates that keep clear of both boxes and of the labels below
 * them (straight, two bends across the gap, or one bend round a corner), and the choice among them.
 */
final class OrthogonalRoutes {
    /** Where across the gap between two boxes a dogleg may turn, the middle first. */
    private static final double[] SHARES = {0.5, 0.35, 0.65, 0.2, 0.8};

    private OrthogonalRoutes() {
    }

    /** The preferred candidate, ignoring everything else in the diagram. */
    static double[] preferred(Rect from, double fromBelow, Rect to, double toBelow) {
        return candidates(from, fromBelow, to, toBelow).get(0);
    }

    /** A crossed icon costs more than any detour; a stretch along a container border nearly as much. */
    private static final double CROSSING = 10_000;
    private static final double ALONG_BORDER = 2_000;

    /**
     * Of the candidate routes, the one crossing the fewest obstacles and running along the fewest borders, then the
     * shortest with the fewest bends. The plain candidates are tried first; the wider choice of {@link SideRoutes}
     * only when none of them is clear, which keeps routing a large design cheap.
     */
    static double[] around(Rect from, double fromBelow, Rect to, double toBelow, Obstacles obstacles) {
        var best = best(candidates(from, fromBelow, to, toBelow), null, from, to, obstacles);
        if (score(best, from, to, obstacles, Integer.MAX_VALUE) >= ALONG_BORDER) {
            var fromTall = new Rect(from.x(), from.y(), from.width(), from.height() + fromBelow);
            var toTall = new Rect(to.x(), to.y(), to.width(), to.height() + toBelow);
            best = best(SideRoutes.between(from, fromTall, to, toTall), best, from, to, obstacles);
        }
        return best;
    }

    private static double[] best(List<double[]> candidates, double[] incumbent, Rect from, Rect to,
                                 Obstacles obstacles) {
        double[] best = incumbent;
        double bestScore = incumbent == null ? Double.MAX_VALUE
                : score(incumbent, from, to, obstacles, Integer.MAX_VALUE);
        for (var candidate : candidates) {
            double shape = shape(candidate);
            if (shape >= bestScore) {
                continue;
            }
            int cap = best == null ? Integer.MAX_VALUE : (int) ((bestScore - shape) / CROSSING);
            double score = obstacles.crossings(candidate, from, to, cap) * CROSSING + shape;
            if (score < bestScore) {
                score += obstacles.alongBorders(candidate) * ALONG_BORDER;
            }
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static double score(double[] route, Rect from, Rect to, Obstacles obstacles, int cap) {
        return obstacles.crossings(route, from, to, cap) * CROSSING + obstacles.alongBorders(route) * ALONG_BORDER
                + shape(route);
    }

    /** What a route costs by its shape alone: its length and a little for each bend. */
    private static double shape(double[] route) {
        return length(route) + route.length * 10.0;
    }

    /** Routes that keep clear of both boxes and their clear zones, the preferred one first. */
    private static List<double[]> candidates(Rect from, double fromBelow, Rect to, double toBelow) {
        var fromTall = new Rect(from.x(), from.y(), from.width(), from.height() + fromBelow);
        var toTall = new Rect(to.x(), to.y(), to.width(), to.height() + toBelow);
        double horizontalGap = Math.max(to.x() - from.maxX(), from.x() - to.maxX());
        double verticalGap = Math.max(toTall.y() - fromTall.maxY(), fromTall.y() - toTall.maxY());
        var result = new ArrayList<double[]>();
        if (horizontalGap > 0 && horizontalGap >= verticalGap) {
            horizontal(from, to, result);
        }
        if (verticalGap > 0) {
            vertical(fromTall, toTall, result);
        }
        if (horizontalGap > 0 && horizontalGap < verticalGap) {
            horizontal(from, to, result);
        }
        corners(from, fromTall, to, toTall, result);
        if (result.isEmpty()) {
            double below = Math.max(fromTall.maxY(), toTall.maxY()) + 16;
            result.add(new double[] {centreX(from), fromTall.maxY(), centreX(from), below, centreX(to), below,
                    centreX(to), toTall.maxY()});
        }
        return result;
    }

    private static void horizontal(Rect from, Rect to, List<double[]> result) {
        boolean right = to.x() >= from.maxX();
        double startX = right ? from.maxX() : from.x();
        double endX = right ? to.x() : to.maxX();
        double top = Math.max(from.y(), to.y());
        double bottom = Math.min(from.maxY(), to.maxY());
        if (bottom - top >= 8) {
            double y = (top + bottom) / 2;
            result.add(new double[] {startX, y, endX, y});
            return;
        }
        for (double share : SHARES) {
            double midX = startX + (endX - startX) * share;
            result.add(new double[] {startX, centreY(from), midX, centreY(from), midX, centreY(to), endX, centreY(to)});
        }
    }

    private static void vertical(Rect from, Rect to, List<double[]> result) {
        boolean down = to.y() >= from.maxY();
        double startY = down ? from.maxY() : from.y();
        double endY = down ? to.y() : to.maxY();
        double left = Math.max(from.x(), to.x());
        double right = Math.min(from.maxX(), to.maxX());
        if (right - left >= 8) {
            double x = (left + right) / 2;
            result.add(new double[] {x, startY, x, endY});
            return;
        }
        for (double share : SHARES) {
            double midY = startY + (endY - startY) * share;
            result.add(new double[] {centreX(from), startY, centreX(from), midY, centreX(to), midY, centreX(to), endY});
        }
    }

    /** Routes with one bend: out of a side and into the top or bottom of the other box, or the other way round. */
    private static void corners(Rect from, Rect fromTall, Rect to, Rect toTall, List<double[]> result) {
        double fromY = centreY(from);
        double toX = centreX(to);
        if (toX > from.maxX() + 8 || toX < from.x() - 8) {
            double startX = toX > from.maxX() ? from.maxX() : from.x();
            if (to.y() >= fromY + 8) {
                result.add(new double[] {startX, fromY, toX, fromY, toX, to.y()});
            } else if (toTall.maxY() <= fromY - 8) {
                result.add(new double[] {startX, fromY, toX, fromY, toX, toTall.maxY()});
            }
        }
        double fromX = centreX(from);
        double toY = centreY(to);
        if (fromX < to.x() - 8 || fromX > to.maxX() + 8) {
            double endX = fromX < to.x() ? to.x() : to.maxX();
            if (toY >= fromTall.maxY() + 8) {
                result.add(new double[] {fromX, fromTall.maxY(), fromX, toY, endX, toY});
            } else if (toY <= from.y() - 8) {
                result.add(new double[] {fromX, from.y(), fromX, toY, endX, toY});
            }
        }
    }

    private static double length(double[] route) {
        double total = 0;
        for (int i = 0; i + 3 < route.length; i += 2) {
            total += Math.abs(route[i + 2] - route[i]) + Math.abs(route[i + 3] - route[i + 1]);
        }
        return total;
    }

    static double centreX(Rect r) {
        return r.x() + r.width() / 2;
    }

    static double centreY(Rect r) {
        return r.y() + r.height() / 2;
    }
}
