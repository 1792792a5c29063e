package org.psychograph.persona.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FiniteFloatsTest {

    private final FiniteFloats unboxer = new FiniteFloats();

    @Test
    void nonFiniteNumbersBecomeNullWhereverTheyHide() {
        assertNull(unboxer.unbox(Double.NaN));
        assertNull(unboxer.unbox(Double.POSITIVE_INFINITY));
        assertNull(unboxer.unbox(Float.NEGATIVE_INFINITY));
        assertNull(unboxer.unbox(Optional.of(Double.NaN)));
        assertNull(unboxer.unbox(OptionalDouble.of(Double.NEGATIVE_INFINITY)));
    }

    @Test
    void everythingElsePassesAsGraphqlJavaWouldUnboxIt() {
        assertEquals(0.25, unboxer.unbox(0.25));
        assertEquals(-1e300, unboxer.unbox(Optional.of(-1e300)));
        assertEquals("text", unboxer.unbox("text"));
        assertNull(unboxer.unbox(Optional.empty()));
    }
}
