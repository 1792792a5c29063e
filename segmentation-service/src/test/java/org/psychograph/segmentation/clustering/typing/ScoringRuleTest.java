package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exported scoring rule is the classifier: for any answers, the softmax of its scores is the classifier's
 * probabilities and its highest score the classifier's segment. (Checks how the Tribuo weight matrix is read:
 * which row is which segment, which column which question, where the bias is.)
 */
class ScoringRuleTest {

    @Test
    void theScoresReproduceTheClassifiersProbabilities() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {250, 150, 100}, 6, new int[] {1, 4}, 5);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 3, TypingSettings.defaults(3));
        TypingTool.Classifier stored = TypingTool.classifier(tool.tribuoModel(), tool.goldenQuestions(), 3);
        TypingTool.ScoringRule rule = stored.scoringRule();
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            double[] answers = new double[tool.goldenQuestions().size()];
            for (int q = 0; q < answers.length; q++) {
                answers[q] = 1 + 4 * random.nextDouble();
            }
            double[] scores = new double[3];
            int best = 0;
            for (int s = 0; s < 3; s++) {
                scores[s] = rule.intercepts()[s];
                for (int q = 0; q < answers.length; q++) {
                    scores[s] += rule.weights()[s][q] * answers[q];
                }
                best = scores[s] > scores[best] ? s : best;
            }
            double max = Math.max(scores[0], Math.max(scores[1], scores[2]));
            double sum = 0;
            for (double score : scores) {
                sum += Math.exp(score - max);
            }
            double[] probabilities = stored.probabilities(answers);
            for (int s = 0; s < 3; s++) {
                assertEquals(Math.exp(scores[s] - max) / sum, probabilities[s], 1e-9, "segment " + s);
            }
            assertEquals(best, stored.predict(answers));
        }
    }
}
