package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long build() takes on 20,000 respondents x 50 questions (5 segments told apart by 3 informative questions). Tagged
 * benchmark (excluded from the default build; run with {@code -DexcludedGroups=}); the time is printed, not
 * asserted, the tool's findings are.
 */
@Tag("benchmark")
class LargeSurveyTimingTest {

    @Test
    void twentyThousandRespondentsFiftyQuestions() {
        RatingSurvey survey =
                RatingSurvey.generate(new int[] {4000, 4000, 4000, 4000, 4000}, 50, new int[] {4, 19, 33}, 31);
        long start = System.nanoTime();
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 5, TypingSettings.defaults(2024));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "20,000 x 50, k=5: build() took %.1f s; golden %s, cross-validated on %d rows, holdout accuracy %.3f%n",
                seconds,
                tool.goldenQuestions(),
                tool.crossValidationSize(),
                tool.holdoutAccuracy());
        // segment s answers Q5, Q20 and Q34 high where bits 0, 1 and 2 of s are set: without Q34 segments 0 and 4
        // (40% of the rows) look alike and at most 80% can be placed
        assertTrue(
                tool.goldenQuestions().containsAll(List.of("Q5", "Q20", "Q34")),
                tool.goldenQuestions().toString());
        assertTrue(tool.holdoutAccuracy() >= 0.85, "holdout " + tool.holdoutAccuracy());
    }
}
