package org.psychograph.segmentation.clustering.tracking;

/** Argument checks shared by the fitting and wave sides. */
final class Tracking {

    private Tracking() {}

    static void checkPlacements(int k, int[] segment, double[] distance) {
        if (segment.length != distance.length) {
            throw new IllegalArgumentException(
                    "segments and distances differ in length: " + segment.length + " and " + distance.length);
        }
        for (int i = 0; i < segment.length; i++) {
            checkPlacement(k, segment[i], distance[i]);
        }
    }

    static void checkPlacement(int k, int segment, double distance) {
        if (segment < 0 || segment >= k) {
            throw new IllegalArgumentException("segment " + segment + " outside 0.." + (k - 1));
        }
        // a NaN distance would silently fall on the "fits" side of every comparison
        if (!(distance >= 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("distance must be finite and not negative, got " + distance);
        }
    }
}
