package org.psychograph.segmentation.clustering.storage;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import java.util.List;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.tribuo.Model;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.protos.core.ModelProto;

/**
 * The stored form of a chosen solution: the Tribuo k-means model as protobuf bytes, the mapping from Tribuo's
 * cluster ids to segment numbers, the preparation parameters and the provenance. Enough to assign new
 * respondents exactly as the run did.
 *
 * @param tribuoModel      {@code KMeansModel.serialize()} as bytes (Tribuo's versioned format, validated on read)
 * @param segmentOfCluster for each Tribuo cluster id, the segment number (0 = largest)
 * @param distance         the distance of the run
 * @param preparation      how answers are prepared
 * @param provenance       seed, versions, config, data fingerprint
 * @param typing           the typing tool's classifier (null: none was built, or a model stored before them)
 */
public record SegmentationModel(
        byte[] tribuoModel,
        int[] segmentOfCluster,
        DistanceMeasure distance,
        PreparationParameters preparation,
        RunProvenance provenance,
        TypingModel typing) {

    /**
     * The typing tool's classifier as stored with the model.
     *
     * @param goldenQuestions the questions it asks, in its input order
     * @param goldenColumns   their columns among the basis variables
     * @param segments        the number of segments
     * @param tribuoModel     the Tribuo classifier as {@code ModelProto} bytes
     */
    public record TypingModel(List<String> goldenQuestions, int[] goldenColumns, int segments, byte[] tribuoModel) {}

    public SegmentationModel withTyping(TypingModel newTyping) {
        return new SegmentationModel(tribuoModel, segmentOfCluster, distance, preparation, provenance, newTyping);
    }

    public static SegmentationModel of(
            SegmentSolution solution,
            DistanceMeasure distance,
            PreparationParameters preparation,
            RunProvenance provenance) {
        return new SegmentationModel(
                solution.tribuoModel().clone(),
                solution.segmentOfCluster().clone(),
                distance,
                preparation,
                provenance,
                null);
    }

    /**
     * The format the model is stored in. 0: before formats existed (these fields, no envelope); 1: the same in a
     * stored document. Keep a fixture of every format in the tests (StoredFormatsTest).
     */
    public static final int FORMAT = 1;

    public byte[] toBytes() {
        return ResultCodec.toStoredJson(FORMAT, this);
    }

    public static SegmentationModel fromBytes(byte[] bytes) {
        return ResultCodec.fromStoredJson(bytes, SegmentationModel.class, FORMAT, "segmentation model");
    }

    /**
     * The Tribuo model, read back through {@link Model#deserialize(ModelProto)}; fails when the bytes are not a
     * k-means model over this model's basis variables.
     */
    public KMeansModel tribuoKMeansModel() {
        Model<?> model;
        try {
            model = Model.deserialize(ModelProto.parseFrom(tribuoModel));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the stored Tribuo model is not a valid ModelProto", e);
        }
        if (!(model instanceof KMeansModel kMeans)) {
            throw new IllegalStateException(
                    "the stored model is a " + model.getClass().getName() + ", not a k-means model");
        }
        String[] features = kMeans.getFeatureIDMap().keySet().stream().sorted().toArray(String[]::new);
        String[] codes = preparation.variableCodes().clone();
        Arrays.sort(codes);
        if (!Arrays.equals(features, codes)) {
            throw new IllegalStateException("the stored Tribuo model's features " + Arrays.toString(features)
                    + " do not match the basis variables " + Arrays.toString(codes));
        }
        return kMeans;
    }
}
