package org.psychograph.segmentation.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.profile.SegmentProfile;

/** Segment labels in the questions' words: no codes, no double negatives, short, distinct. */
class SegmentLabelTest {

    /** An underscore, or a lower-to-upper change inside a word (camelCase from a code). */
    static final Pattern CODE_LIKE = Pattern.compile("_|\\b\\p{Ll}+\\p{Lu}");

    private static SegmentProfile marker(String code, double difference) {
        return new SegmentProfile(0, code, 0, 0, difference, difference * 2, 0.001, true);
    }

    @Test
    void theDemoKeepsItsWords() {
        Map<String, String> texts = Map.of(
                "yummy",
                "Is McDonald's yummy?",
                "tasty",
                "Is McDonald's tasty?",
                "disgusting",
                "Is McDonald's disgusting?");
        assertEquals(
                "tasty, yummy", ReportBuilder.label(List.of(marker("tasty", 0.33), marker("yummy", 0.32)), texts::get));
        assertEquals(
                "not tasty, not yummy, disgusting",
                ReportBuilder.label(
                        List.of(marker("tasty", -0.5), marker("yummy", -0.45), marker("disgusting", 0.3)), texts::get));
    }

    @Test
    void codesBecomeTheQuestionsWordsAndNegationsAreNeverDoubled() {
        Map<String, String> texts = Map.of(
                "not_exceed_planned_budget", "It is important to me not to exceed my planned budget",
                "fun_and_entertainment", "I am looking for fun and entertainment",
                "not_care_about_prices", "I do not care about prices",
                "Detergents_Paper", "Annual spending on detergents and paper products",
                "visitFrequency", "How often do you visit our stores?",
                "q7", "I enjoy meeting new people when I travel");
        String label = ReportBuilder.label(
                List.of(
                        marker("not_exceed_planned_budget", -0.5),
                        marker("fun_and_entertainment", 0.4),
                        marker("not_care_about_prices", -0.3)),
                texts::get);
        assertEquals("exceed my planned budget", label);
        assertFalse(label.contains("not not"));
        for (String code : texts.keySet()) {
            for (double d : new double[] {0.5, -0.5}) {
                String l = ReportBuilder.label(List.of(marker(code, d)), texts::get);
                assertFalse(CODE_LIKE.matcher(l).find(), l);
                assertFalse(l.toLowerCase().contains("not not"), l);
                assertTrue(l.length() <= 40 && !l.isBlank(), l);
            }
        }
        assertEquals("detergents and paper", ReportBuilder.label(List.of(marker("Detergents_Paper", 1)), texts::get));
        assertEquals("visit our stores", ReportBuilder.label(List.of(marker("visitFrequency", 1)), texts::get));
        assertEquals(
                "enjoy meeting new people when I travel", ReportBuilder.label(List.of(marker("q7", 1)), texts::get));
        Map<String, String> bigFive = Map.of(
                "E1_reserved",
                "I see myself as someone who is reserved",
                "O2_activeImagination",
                "I see myself as someone who has an active imagination");
        assertEquals("not reserved", ReportBuilder.label(List.of(marker("E1_reserved", -1)), bigFive::get));
        assertEquals(
                "active imagination", ReportBuilder.label(List.of(marker("O2_activeImagination", 1)), bigFive::get));
        assertEquals(
                "care about prices", ReportBuilder.label(List.of(marker("not_care_about_prices", -1)), texts::get));
    }

    @Test
    void aSegmentWithoutMarkersHasNoStrongLeaningsAndLabelsAreDistinct() {
        assertEquals("No strong leanings", ReportBuilder.label(List.of(), c -> null));
        Set<String> taken = new HashSet<>();
        assertEquals("No strong leanings", ReportBuilder.distinct("No strong leanings", 1, taken));
        assertEquals("No strong leanings (3)", ReportBuilder.distinct("No strong leanings", 3, taken));
    }
}
