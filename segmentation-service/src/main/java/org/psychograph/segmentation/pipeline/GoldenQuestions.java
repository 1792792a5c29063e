package org.psychograph.segmentation.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.psychograph.segmentation.clustering.storage.SegmentationModel.TypingModel;
import org.psychograph.segmentation.clustering.typing.TypingSettings;
import org.psychograph.segmentation.clustering.typing.TypingTool;
import org.psychograph.segmentation.clustering.typing.TypingToolBuilder;
import org.psychograph.segmentation.model.FiniteNumbers;
import org.psychograph.segmentation.model.QuestionInfo;
import org.psychograph.segmentation.stored.StoredTypingTool;

/**
 * The typing tool of a chosen solution (FINALISE and chooseK): built on the prepared basis answers with the run
 * seed, stored twice: the classifier with the model (so assignSegment can use it) and the evidence with the report.
 */
final class GoldenQuestions {

    private static final Logger LOG = Logger.getLogger(GoldenQuestions.class);

    private GoldenQuestions() {}

    /** What FINALISE stores of a typing tool. */
    record Built(StoredTypingTool report, TypingModel model) {}

    /**
     * The typing tool, or empty when the data cannot support one (the reason goes to {@code notes}): a typing tool
     * is an extra, it never fails a run.
     */
    static Optional<Built> build(
            RunInput input, SegmentSolution solution, long seed, ExecutorService executor, List<String> notes) {
        double[][] features = input.prepared().matrix().values();
        String[] codes = input.prepared().matrix().variableCodes();
        TypingTool tool;
        try {
            tool = TypingToolBuilder.build(
                    features, codes, solution.labels(), solution.k(), TypingSettings.defaults(seed), executor);
        } catch (IllegalArgumentException e) {
            LOG.infof("no typing tool for k=%d: %s", solution.k(), e.getMessage());
            notes.add("no typing tool for k=" + solution.k() + ": " + e.getMessage());
            return Optional.empty();
        }
        TypingModel model =
                new TypingModel(tool.goldenQuestions(), tool.goldenColumns(), tool.segments(), tool.tribuoModel());
        return Optional.of(new Built(report(tool, input), model));
    }

    private static StoredTypingTool report(TypingTool tool, RunInput input) {
        PreparationParameters preparation = input.prepared().parameters();
        List<StoredTypingTool.GoldenQuestion> questions = new ArrayList<>();
        for (int q = 0; q < tool.goldenQuestions().size(); q++) {
            String code = tool.goldenQuestions().get(q);
            int column = tool.goldenColumns()[q];
            QuestionInfo info = input.question(code);
            questions.add(new StoredTypingTool.GoldenQuestion(
                    code,
                    info.text(),
                    FiniteNumbers.orNull(preparation.scaleMin()[column]),
                    FiniteNumbers.orNull(preparation.scaleMax()[column])));
        }
        List<List<Integer>> confusion = new ArrayList<>();
        for (int[] row : tool.confusionMatrix()) {
            confusion.add(Arrays.stream(row).boxed().toList());
        }
        return new StoredTypingTool(
                questions,
                tool.curve().stream()
                        .map(p -> new StoredTypingTool.AccuracyPoint(
                                p.questions(), p.added(), p.crossValidatedAccuracy()))
                        .toList(),
                tool.targetAccuracy(),
                tool.targetReached(),
                tool.goldenCrossValidatedAccuracy(),
                tool.holdoutAccuracy(),
                tool.holdoutSize(),
                tool.selectionSize(),
                tool.crossValidationSize(),
                confusion,
                scoring(tool, preparation),
                tool.provenance());
    }

    /**
     * The classifier's scores in answer units. It scores prepared answers, {@code (coded - centre) / scale} with
     * coded = min + max - answer for a reverse-coded question; both steps are affine, so each weight and the
     * intercept can be carried back to the answer as given.
     */
    private static List<StoredTypingTool.SegmentScore> scoring(TypingTool tool, PreparationParameters p) {
        TypingTool.ScoringRule rule = tool.classifier().scoringRule();
        List<StoredTypingTool.SegmentScore> scores = new ArrayList<>();
        for (int s = 0; s < tool.segments(); s++) {
            if (!Double.isFinite(rule.intercepts()[s])) {
                continue; // a segment the classifier never saw is never predicted
            }
            double intercept = rule.intercepts()[s];
            List<Double> weights = new ArrayList<>();
            for (int q = 0; q < tool.goldenColumns().length; q++) {
                int j = tool.goldenColumns()[q];
                double perCoded = rule.weights()[s][q] / p.scales()[j];
                intercept -= perCoded * p.centres()[j];
                if (p.reverseCoded()[j]) {
                    intercept += perCoded * (p.scaleMin()[j] + p.scaleMax()[j]);
                    weights.add(-perCoded);
                } else {
                    weights.add(perCoded);
                }
            }
            scores.add(new StoredTypingTool.SegmentScore(s + 1, intercept, weights));
        }
        return scores;
    }
}
