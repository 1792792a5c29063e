package org.psychograph.survey.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psychograph.survey.config.ImportLimits;
import org.psychograph.survey.error.UnavailableException;

/**
 * How many imports read, code and write at once in this instance, and who goes next.
 *
 * <p>An import is CPU work (parsing, coding) and database work; twenty at once on a small node starve everything
 * else the service does, including other tenants' reads. So at most {@code psychograph.import.max-concurrent}
 * imports run; the others wait before their upload is read (TCP holds their clients back; nothing is spooled or
 * locked meanwhile). A freed slot goes to the waiting workspace with the fewest imports running; among equals, to
 * the one whose last turn is longest ago (round robin), then the earliest arrival. So one workspace's twenty
 * uploads do not queue another's single file behind them.
 * An import that waits longer than {@code psychograph.import.max-wait} is answered UNAVAILABLE (HTTP 503).
 *
 * <p>Hand-written because the rule is per workspace: a fair {@link java.util.concurrent.Semaphore} is first come,
 * first served across all of them.
 */
@ApplicationScoped
public class ImportSlots {

    private final int slots;
    private final long maxWaitMillis;
    private final List<Waiter> waiting = new ArrayList<>();
    private final Map<String, Integer> running = new HashMap<>();
    /** When each workspace's last import began (in turns); one entry per workspace that has imported. */
    private final Map<String, Long> lastTurn = new HashMap<>();

    private int inUse;
    private long arrivals;
    private long turns;

    @Inject
    public ImportSlots(ImportLimits limits) {
        this(limits.maxConcurrent(), limits.maxWait().toMillis());
    }

    ImportSlots(int slots, long maxWaitMillis) {
        this.slots = Math.max(1, slots);
        this.maxWaitMillis = maxWaitMillis;
    }

    /** A slot held by one import; closing it gives it to the next. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a slot for an import into {@code workspaceId}. */
    public synchronized Slot take(String workspaceId) throws InterruptedException {
        Waiter me = new Waiter(workspaceId, arrivals++);
        waiting.add(me);
        long deadline = System.nanoTime() + maxWaitMillis * 1_000_000;
        try {
            while (inUse >= slots || next() != me) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new UnavailableException(
                            "import",
                            "this instance is running " + inUse + " imports, its "
                                    + "limit (psychograph.import.max-concurrent), and this one waited "
                                    + maxWaitMillis / 1000
                                    + " s for a turn (psychograph.import.max-wait): try again later");
                }
                wait(left);
            }
        } finally {
            waiting.remove(me);
            // the next waiter may be able to go too (more than one slot free, or this one gave up)
            notifyAll();
        }
        inUse++;
        running.merge(workspaceId, 1, Integer::sum);
        lastTurn.put(workspaceId, turns++);
        return () -> release(workspaceId);
    }

    /** Imports running now, for tests and logs. */
    synchronized int inUse() {
        return inUse;
    }

    private synchronized void release(String workspaceId) {
        inUse--;
        running.merge(workspaceId, -1, (a, b) -> a + b == 0 ? null : a + b);
        notifyAll();
    }

    /** Who goes next: the least busy workspace, then the one whose turn is longest ago, then the earliest arrival. */
    private Waiter next() {
        return waiting.stream()
                .min(Comparator.<Waiter>comparingInt(w -> running.getOrDefault(w.workspaceId, 0))
                        .thenComparingLong(w -> lastTurn.getOrDefault(w.workspaceId, -1L))
                        .thenComparingLong(w -> w.arrival))
                .orElse(null);
    }

    private record Waiter(String workspaceId, long arrival) {}
}
