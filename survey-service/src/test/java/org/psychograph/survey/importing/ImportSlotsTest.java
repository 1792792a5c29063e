package org.psychograph.survey.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psychograph.survey.error.UnavailableException;

/**
 * Import turns: a bounded number at once, the least busy workspace next (round robin among equals), and a clear
 * refusal after the wait.
 */
class ImportSlotsTest {

    @Test
    void aFreedSlotGoesRoundTheWorkspacesNotToTheEarliestArrival() throws Exception {
        ImportSlots slots = new ImportSlots(1, 10_000);
        ImportSlots.Slot first = slots.take("acme");
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiters = new ArrayList<>();
        // acme queues three more uploads, then globex one: globex must not wait for all of acme's
        for (String workspace : List.of("acme", "acme", "acme", "globex")) {
            CountDownLatch queued = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try {
                    queued.countDown();
                    try (ImportSlots.Slot slot = slots.take(workspace)) {
                        order.add(workspace);
                        Thread.sleep(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            queued.await();
            Thread.sleep(50); // arrivals in this order
            waiters.add(t);
        }
        first.close();
        for (Thread t : waiters) {
            t.join(5_000);
        }
        // both have none running when the slot frees; acme had the last turn, so globex goes first, then acme's
        assertEquals(List.of("globex", "acme", "acme", "acme"), order);
        assertEquals(0, slots.inUse());
    }

    @Test
    void atMostTheLimitRunAtOnce() throws Exception {
        ImportSlots slots = new ImportSlots(2, 10_000);
        ImportSlots.Slot a = slots.take("acme");
        ImportSlots.Slot b = slots.take("globex");
        assertEquals(2, slots.inUse());
        CountDownLatch third = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (ImportSlots.Slot c = slots.take("initech")) {
                third.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        assertTrue(!third.await(300, TimeUnit.MILLISECONDS), "a third import waits while two run");
        a.close();
        assertTrue(third.await(5, TimeUnit.SECONDS), "it runs once a slot is free");
        b.close();
        t.join();
    }

    @Test
    void aWaitLongerThanTheLimitIsUnavailableAndNamesTheSetting() throws Exception {
        ImportSlots slots = new ImportSlots(1, 200);
        try (ImportSlots.Slot held = slots.take("acme")) {
            UnavailableException refused = assertThrows(UnavailableException.class, () -> slots.take("globex"));
            assertTrue(refused.getMessage().contains("psychograph.import.max-concurrent"), refused.getMessage());
            assertEquals("UNAVAILABLE", refused.code());
        }
        // the refused waiter left the queue: the next one gets the slot at once
        try (ImportSlots.Slot next = slots.take("globex")) {
            assertEquals(1, slots.inUse());
        }
    }
}
