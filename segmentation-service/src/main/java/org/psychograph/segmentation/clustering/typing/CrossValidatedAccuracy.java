package org.psychograph.segmentation.clustering.typing;

import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The stratified k-fold cross-validated accuracy of a question set on given folded rows: each fold's classifier
 * learns from the other folds and is scored on its own; the accuracy is the share of all rows predicted right
 * (pooled over the folds, so a fold one row larger than another does not weigh more per row).
 */
final class CrossValidatedAccuracy {

    private final double[][] features;
    private final String[] questionCodes;
    private final int[] segment;
    private final FoldedRows rows;
    private final long seed;

    CrossValidatedAccuracy(double[][] features, String[] questionCodes, int[] segment, FoldedRows rows, long seed) {
        this.features = features;
        this.questionCodes = questionCodes;
        this.segment = segment;
        this.rows = rows;
        this.seed = seed;
    }

    double of(int[] columns) {
        int correct = 0;
        for (int f = 0; f < rows.folds(); f++) {
            List<Example<Label>> training =
                    SegmentClassifierTraining.examples(features, questionCodes, segment, columns, rows.trainingRows(f));
            Model<Label> model = SegmentClassifierTraining.train(training, seed, Map.of());
            for (int row : rows.testRows(f)) {
                Example<Label> example = SegmentClassifierTraining.example(features[row], questionCodes, columns, null);
                if (SegmentClassifierTraining.predictedSegment(model, example) == segment[row]) {
                    correct++;
                }
            }
        }
        return (double) correct / rows.size();
    }
}
