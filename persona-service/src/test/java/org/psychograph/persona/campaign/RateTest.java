package org.psychograph.persona.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wilson intervals and the two-proportion test against values computed by hand (formula, z = 1.959964). */
class RateTest {

    @Test
    void wilsonIntervalOfTwoPercent() {
        Rate r = Rate.wilson(20, 1000);
        assertEquals(0.02, r.value(), 1e-12);
        assertEquals(0.0129837, r.low(), 1e-6);
        assertEquals(0.0306900, r.high(), 1e-6);
    }

    @Test
    void wilsonIntervalAtTheEdgesStaysInsideZeroToOne() {
        Rate none = Rate.wilson(0, 10);
        assertEquals(0, none.low(), 1e-12);
        assertEquals(0.2775328, none.high(), 1e-6);
        Rate all = Rate.wilson(10, 10);
        assertEquals(0.7224672, all.low(), 1e-6);
        assertEquals(1.0, all.high(), 1e-9);
    }

    @Test
    void twoProportionTest() {
        // 2.0% vs 0.5% of 1000 each: z = 3.0189, two-sided p = 0.002537
        assertEquals(0.0025367, ProportionTest.pValue(20, 1000, 5, 1000), 1e-6);
        assertEquals(null, ProportionTest.pValue(0, 1000, 0, 1000));
    }
}
