package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Cross-validating a step's candidates concurrently changes nothing in the typing tool. */
class ConcurrentSelectionTest {

    @Test
    void theSameToolWithAndWithoutAPool() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {200, 150, 100}, 8, new int[] {2, 5}, 17);
        TypingTool alone = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 3, TypingSettings.defaults(4));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        TypingTool pooled;
        try {
            pooled = TypingToolBuilder.build(
                    survey.answers(), survey.questionCodes(), survey.segment(), 3, TypingSettings.defaults(4), pool);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(alone.curve(), pooled.curve());
        assertEquals(alone.goldenQuestions(), pooled.goldenQuestions());
        assertEquals(alone.holdoutAccuracy(), pooled.holdoutAccuracy());
        for (int s = 0; s < 3; s++) {
            assertArrayEquals(alone.confusionMatrix()[s], pooled.confusionMatrix()[s]);
        }
    }
}
