package org.psychograph.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets of request bytes: one per caller and one shared by all. A large GraphQL request costs CPU in
 * proportion to its size before any resolver runs (the body is read, its line breaks stripped, its JSON parsed:
 * some 100 ms for 1 MB here), so a caller who sends large requests back to back takes a core from everyone. The
 * buckets let a caller send a burst of large requests and then as many bytes per second as the rate allows;
 * small requests are never charged (see {@link GraphQLBodyLimit}), so ordinary reads are never slowed.
 *
 * <p>Hand-written rather than a rate-limit library: two buckets and a map are all it needs, and the check runs
 * on the event loop before the body is read, where a blocking limiter does not fit.
 */
final class ByteBudget {

    /** Callers' buckets are forgotten once full again (idle) when there are more than this many. */
    static final int MAX_CALLERS = 10_000;

    private final double ratePerNano;
    private final long burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> callers = new ConcurrentHashMap<>();
    private final Bucket shared;
    private final double sharedRatePerNano;
    private final long sharedBurst;

    ByteBudget(long bytesPerSecond, long burst, long sharedBytesPerSecond, long sharedBurst, LongSupplier clock) {
        this.ratePerNano = bytesPerSecond / 1e9;
        this.burst = burst;
        this.sharedRatePerNano = sharedBytesPerSecond / 1e9;
        this.sharedBurst = sharedBurst;
        this.clock = clock;
        this.shared = new Bucket(sharedBurst, clock.getAsLong());
    }

    /**
     * Takes {@code bytes} from the caller's bucket and the shared one, or from neither.
     *
     * @return 0 when taken; otherwise the seconds until the caller may try again (at least 1)
     */
    long take(String caller, long bytes) {
        long now = clock.getAsLong();
        if (callers.size() > MAX_CALLERS) {
            callers.values().removeIf(b -> b.full(now, ratePerNano, burst));
        }
        Bucket mine = callers.computeIfAbsent(caller, k -> new Bucket(burst, now));
        // one lock order (caller, then shared) for every request
        synchronized (mine) {
            if (callers.get(caller) != mine) {
                return take(caller, bytes); // forgotten as idle meanwhile: charge the caller's current bucket
            }
            double wait = mine.waitNanos(bytes, now, ratePerNano, burst);
            if (wait > 0) {
                return seconds(wait);
            }
            synchronized (shared) {
                double sharedWait = shared.waitNanos(bytes, now, sharedRatePerNano, sharedBurst);
                if (sharedWait > 0) {
                    return seconds(sharedWait);
                }
                shared.tokens -= bytes;
            }
            mine.tokens -= bytes;
            return 0;
        }
    }

    /** How many callers' buckets are kept (for tests). */
    int callers() {
        return callers.size();
    }

    private static long seconds(double nanos) {
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(long tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        /** Refills to now; how long until {@code bytes} are there (0: they are). */
        double waitNanos(long bytes, long now, double ratePerNano, long burst) {
            tokens = Math.min(burst, tokens + (now - updated) * ratePerNano);
            updated = now;
            // a request larger than the burst could never be taken: it needs a full bucket (and leaves a debt)
            double needed = Math.min(bytes, burst) - tokens;
            return needed <= 0 ? 0 : needed / ratePerNano;
        }

        synchronized boolean full(long now, double ratePerNano, long burst) {
            return tokens + (now - updated) * ratePerNano >= burst;
        }
    }
}
