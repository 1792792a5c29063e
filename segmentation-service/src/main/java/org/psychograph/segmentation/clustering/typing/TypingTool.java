package org.psychograph.segmentation.clustering.typing;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.protos.core.ModelProto;

/**
 * A typing tool: the golden questions that place a new respondent in a segment, the classifier that does it, and
 * the evidence of how well it does it. Built by {@link TypingToolBuilder}; the arrays are not copied, do not change
 * them.
 *
 * @param goldenQuestions       question codes to ask, in selection order (the classifier's input order)
 * @param goldenColumns         the same questions as columns of the feature matrix
 * @param curve                 cross-validated accuracy on the selection rows for the first 1..N questions of the
 *                              selection order
 * @param targetAccuracy        the accuracy asked for
 * @param targetReached         whether the golden questions reach it (cross-validated); if not, they are the
 *                              prefix with the best cross-validated accuracy
 * @param holdoutAccuracy       share of holdout rows the final classifier places in their own segment; the holdout
 *                              rows played no part in choosing the questions or training the classifier
 * @param confusionMatrix       {@code [true segment][predicted segment]} counts over the holdout rows
 * @param holdoutSize           number of holdout rows
 * @param selectionSize         number of selection rows (the final classifier learns from all of them)
 * @param holdoutRows           the holdout row indices, ascending, for audits
 * @param tribuoModel           the final classifier as Tribuo {@code ModelProto} bytes
 * @param provenance            the final classifier's Tribuo provenance, formatted
 * @param crossValidationSize   selection rows the curve was cross-validated on: all of them, or a stratified sample
 *                              of {@link TypingSettings#maxSelectionRows()}
 */
public record TypingTool(
        List<String> goldenQuestions,
        int[] goldenColumns,
        List<AccuracyPoint> curve,
        double targetAccuracy,
        boolean targetReached,
        double holdoutAccuracy,
        int[][] confusionMatrix,
        int holdoutSize,
        int selectionSize,
        int[] holdoutRows,
        byte[] tribuoModel,
        String provenance,
        int crossValidationSize) {

    public TypingTool {
        goldenQuestions = List.copyOf(goldenQuestions);
        curve = List.copyOf(curve);
    }

    /** Number of segments. */
    public int segments() {
        return confusionMatrix.length;
    }

    /** The cross-validated accuracy of the golden questions, from the curve. */
    public double goldenCrossValidatedAccuracy() {
        return curve.get(goldenQuestions.size() - 1).crossValidatedAccuracy();
    }

    /** The final classifier, read back from {@link #tribuoModel()}. */
    public Classifier classifier() {
        return classifier(tribuoModel, goldenQuestions, segments());
    }

    /** A stored classifier, read back from its Tribuo bytes (its golden questions and segment count kept apart). */
    public static Classifier classifier(byte[] tribuoModel, List<String> goldenQuestions, int segments) {
        Model<?> model;
        try {
            model = Model.deserialize(ModelProto.parseFrom(tribuoModel));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the typing tool's Tribuo model is not a valid ModelProto", e);
        }
        if (!model.validate(Label.class)) {
            throw new IllegalStateException("the typing tool's Tribuo model does not predict labels");
        }
        return new Classifier(model.castModel(Label.class), List.copyOf(goldenQuestions), segments);
    }

    /**
     * The classifier written out as a scoring rule a person or a CRM rule can apply: per segment, an intercept plus
     * one weight per golden question (prepared scale); the respondent belongs to the segment with the highest score
     * (multinomial logistic regression: the probabilities are the softmax of the scores).
     *
     * @param intercepts per segment 0..k-1 (NaN for a segment the classifier never saw)
     * @param weights    {@code [segment][golden question]}
     */
    public record ScoringRule(double[] intercepts, double[][] weights) {}

    /** Places respondents from their answers to the golden questions. */
    public static final class Classifier {

        private final Model<Label> model;
        private final List<String> questions;
        private final String[] questionCodes;
        private final int[] allColumns;
        private final int segments;

        private Classifier(Model<Label> model, List<String> questions, int segments) {
            this.model = model;
            this.questions = questions;
            this.questionCodes = questions.toArray(String[]::new);
            this.allColumns = new int[questionCodes.length];
            Arrays.setAll(allColumns, c -> c);
            this.segments = segments;
        }

        /** The linear scores behind {@link #predict}, read from the Tribuo model's weights. */
        public ScoringRule scoringRule() {
            if (!(model instanceof LinearSGDModel linear)) {
                throw new IllegalStateException("the typing tool is not a linear model: " + model.getClass());
            }
            DenseMatrix w = linear.getWeightsCopy();
            double[] intercepts = new double[segments];
            double[][] weights = new double[segments][questionCodes.length];
            Arrays.fill(intercepts, Double.NaN);
            for (double[] row : weights) {
                Arrays.fill(row, Double.NaN);
            }
            int bias = w.getDimension2Size() - 1; // Tribuo's linear SGD keeps the bias as the last feature column
            for (Label label : model.getOutputIDInfo().getDomain()) {
                int segment = Integer.parseInt(label.getLabel());
                int row = model.getOutputIDInfo().getID(label);
                intercepts[segment] = w.get(row, bias);
                for (int q = 0; q < questionCodes.length; q++) {
                    int feature = model.getFeatureIDMap().getID(questionCodes[q]);
                    weights[segment][q] = feature < 0 ? 0.0 : w.get(row, feature);
                }
            }
            return new ScoringRule(intercepts, weights);
        }

        /** The questions to ask, in the order {@link #predict} expects their answers. */
        public List<String> questions() {
            return questions;
        }

        /**
         * The segment (0..k-1) of a respondent.
         *
         * @param goldenAnswers the answers to {@link #questions()}, in that order, on the prepared scale of the
         *                      matrix the tool was built from
         */
        public int predict(double[] goldenAnswers) {
            return SegmentClassifierTraining.predictedSegment(model, example(goldenAnswers));
        }

        /** Per segment 0..k-1, the classifier's probability; a segment the classifier never saw gets 0. */
        public double[] probabilities(double[] goldenAnswers) {
            Prediction<Label> prediction = model.predict(example(goldenAnswers));
            double[] probabilities = new double[segments];
            for (Map.Entry<String, Label> score : prediction.getOutputScores().entrySet()) {
                probabilities[Integer.parseInt(score.getKey())] =
                        score.getValue().getScore();
            }
            return probabilities;
        }

        private Example<Label> example(double[] goldenAnswers) {
            if (goldenAnswers.length != questionCodes.length) {
                throw new IllegalArgumentException("expected " + questionCodes.length + " answers (" + questions
                        + "), got " + goldenAnswers.length);
            }
            for (int c = 0; c < goldenAnswers.length; c++) {
                if (!Double.isFinite(goldenAnswers[c])) {
                    throw new IllegalArgumentException(
                            "the answer to " + questionCodes[c] + " is not a finite number: " + goldenAnswers[c]);
                }
            }
            return SegmentClassifierTraining.example(goldenAnswers, questionCodes, allColumns, null);
        }
    }
}
