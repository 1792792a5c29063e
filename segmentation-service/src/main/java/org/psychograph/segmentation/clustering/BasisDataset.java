package org.psychograph.segmentation.clustering;

import java.util.Objects;
import org.tribuo.Dataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.dataset.DatasetView;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseVector;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A basis matrix together with the one Tribuo dataset built from it for the whole run. Every fit (restarts and
 * bootstrap samples, on any thread) trains on this dataset or on an index view of it; examples are never copied.
 */
public final class BasisDataset {

    private final BasisMatrix matrix;
    private final MutableDataset<ClusterID> tribuoDataset;
    private final ImmutableFeatureMap featureMap;
    private final ImmutableOutputInfo<ClusterID> outputInfo;
    private final int[] featureIdOfColumn;

    public BasisDataset(BasisMatrix matrix) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        ClusteringFactory factory = new ClusteringFactory();
        this.tribuoDataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("segmentation basis matrix", factory), factory);
        String[] names = matrix.variableCodes();
        for (double[] row : matrix.values()) {
            // ArrayExample keeps its own sorted copy of names and values, so the matrix row is not aliased.
            tribuoDataset.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, row));
        }
        // MutableDataset builds a new immutable map on each call; views and centroid mapping share these two.
        this.featureMap = tribuoDataset.getFeatureIDMap();
        this.outputInfo = tribuoDataset.getOutputIDInfo();
        this.featureIdOfColumn = featureIds(featureMap, names);
    }

    public BasisMatrix matrix() {
        return matrix;
    }

    public int rows() {
        return matrix.rows();
    }

    /** The run's Tribuo dataset (do not add to it: concurrent fits iterate it). */
    public Dataset<ClusterID> tribuoDataset() {
        return tribuoDataset;
    }

    /**
     * A bootstrap sample as an index view (duplicates allowed) over the run's dataset. Example weights would avoid
     * even the index array, but Tribuo 4.3.2's k-means++ seeding ignores weights, so a zero-weight row could seed
     * a centroid; a view makes Tribuo see exactly the resampled rows.
     */
    public Dataset<ClusterID> view(int[] rows) {
        return new DatasetView<>(tribuoDataset, rows, featureMap, outputInfo, "bootstrap");
    }

    /**
     * Tribuo orders features by name, not by column: map centroid vectors back to the matrix's column order.
     */
    static double[][] centroidsInColumnOrder(DenseVector[] vectors, int[] featureIdOfColumn) {
        double[][] centroids = new double[vectors.length][featureIdOfColumn.length];
        for (int c = 0; c < vectors.length; c++) {
            for (int j = 0; j < featureIdOfColumn.length; j++) {
                centroids[c][j] = vectors[c].get(featureIdOfColumn[j]);
            }
        }
        return centroids;
    }

    int[] featureIdOfColumn() {
        return featureIdOfColumn;
    }

    static int[] featureIds(ImmutableFeatureMap map, String[] codes) {
        int[] ids = new int[codes.length];
        for (int j = 0; j < codes.length; j++) {
            ids[j] = map.getID(codes[j]);
            if (ids[j] < 0) {
                throw new IllegalStateException("variable " + codes[j] + " is not a feature of the Tribuo model");
            }
        }
        return ids;
    }
}
