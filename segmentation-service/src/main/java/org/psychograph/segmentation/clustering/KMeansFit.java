package org.psychograph.segmentation.clustering;

import org.tribuo.clustering.kmeans.KMeansModel;

/**
 * One accepted Tribuo k-means fit.
 *
 * @param centroids          in the matrix's column order, in Tribuo's cluster order
 * @param labels             nearest centroid of every matrix row (not only the training rows)
 * @param withinSumOfSquares sum over the training rows of the squared distance to the nearest centroid
 * @param withinDistanceSum  sum over the training rows of the distance to the nearest centroid (flexclust's
 *                           "distsum")
 * @param seed               the trainer seed that produced it
 * @param model              the Tribuo model, kept to serialise the chosen solution
 */
record KMeansFit(
        double[][] centroids,
        int[] labels,
        double withinSumOfSquares,
        double withinDistanceSum,
        long seed,
        KMeansModel model) {}
