package org.xhpo.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import smile.math.MathEx;

class SmileSeedTest {
    @Test
    void sameSeedSameSmileDraws() {
        SmileSeed.reseed(42);
        double a = MathEx.random();
        SmileSeed.reseed(42);
        assertEquals(a, MathEx.random());
        SmileSeed.reseed(43);
        assertNotEquals(a, MathEx.random());
    }
}
