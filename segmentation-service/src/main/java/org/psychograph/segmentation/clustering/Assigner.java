package org.psychograph.segmentation.clustering;

import java.util.Objects;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.tribuo.clustering.kmeans.KMeansModel;

/**
 * Places a new respondent in a segment exactly as the run placed its own respondents: the same preparation
 * (reverse coding, imputation, standardisation), then the nearest centroid by the run's distance.
 */
public final class Assigner {

    private final PreparationParameters preparation;
    private final NearestCentroids nearest;

    /** @param segmentCentroids centroids in segment order, prepared units, basis-variable order */
    public Assigner(PreparationParameters preparation, double[][] segmentCentroids, DistanceMeasure distance) {
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        for (double[] centroid : segmentCentroids) {
            if (centroid.length != preparation.variables()) {
                throw new IllegalArgumentException("centroids must have one value per basis variable");
            }
        }
        this.nearest = new NearestCentroids(segmentCentroids, distance);
    }

    /** From a stored model: centroids read from its Tribuo model and put in segment order. */
    public static Assigner of(SegmentationModel model) {
        return new Assigner(model.preparation(), segmentCentres(model), model.distance());
    }

    /** A stored model's centroids in segment order, prepared units, basis-variable order. */
    public static double[][] segmentCentres(SegmentationModel model) {
        KMeansModel tribuo = model.tribuoKMeansModel();
        int[] featureIds = BasisDataset.featureIds(
                tribuo.getFeatureIDMap(), model.preparation().variableCodes());
        double[][] byCluster = BasisDataset.centroidsInColumnOrder(tribuo.getCentroidVectors(), featureIds);
        double[][] bySegment = new double[byCluster.length][];
        for (int cluster = 0; cluster < byCluster.length; cluster++) {
            bySegment[model.segmentOfCluster()[cluster]] = byCluster[cluster];
        }
        return bySegment;
    }

    /** @param rawAnswers answers in basis-variable order, as asked (NaN where unanswered) */
    public Placement assign(double[] rawAnswers) {
        return nearest.place(preparation.transform(rawAnswers));
    }
}
