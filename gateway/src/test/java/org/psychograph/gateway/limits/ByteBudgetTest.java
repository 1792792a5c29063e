package org.psychograph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ByteBudgetTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void seconds(double s) {
        now.addAndGet((long) (s * 1e9));
    }

    @Test
    void aCallerSpendsItsBurstThenWaitsForTheRate() {
        ByteBudget budget = new ByteBudget(10, 100, 1_000, 10_000, now::get);
        assertEquals(0, budget.take("victor", 60));
        assertEquals(2, budget.take("victor", 60), "40 left, 20 more at 10 bytes/s");
        seconds(1.9);
        assertEquals(1, budget.take("victor", 60), "a refused request takes nothing, and says when to come back");
        seconds(0.1);
        assertEquals(0, budget.take("victor", 60));
    }

    @Test
    void callersHaveTheirOwnBucketsAndShareOne() {
        ByteBudget budget = new ByteBudget(10, 100, 1, 150, now::get);
        assertEquals(0, budget.take("victor", 100));
        assertEquals(10, budget.take("victor", 100), "victor's own bucket is empty");
        assertEquals(0, budget.take("carol", 50), "carol's is not; the shared one had 50 left");
        assertEquals(50, budget.take("carol", 50), "now the shared one is empty: 50 bytes at 1 byte/s");
        assertEquals(0, budget.take("forged-1", 0), "nothing is free, but nothing costs nothing");
    }

    @Test
    void aRequestLargerThanTheBurstNeedsAFullBucketAndLeavesADebt() {
        ByteBudget budget = new ByteBudget(10, 100, 1_000, 10_000, now::get);
        assertEquals(0, budget.take("victor", 150), "a full bucket takes it");
        assertEquals(15, budget.take("victor", 100), "then 50 owed plus 100 for the next one, at 10 bytes/s");
    }

    @Test
    void idleCallersAreForgottenWhenThereAreTooManyButNotOnesStillPaying() {
        ByteBudget budget = new ByteBudget(1, 100, 1_000_000_000, 1_000_000_000, now::get);
        assertEquals(0, budget.take("victor", 100));
        for (int i = 0; i < ByteBudget.MAX_CALLERS + 10; i++) {
            budget.take("caller-" + i, 0); // full buckets: nothing to remember
        }
        assertEquals(true, budget.callers() <= ByteBudget.MAX_CALLERS + 1, budget.callers() + " callers kept");
        assertEquals(100, budget.take("victor", 100), "victor's empty bucket was not forgotten");
    }
}
