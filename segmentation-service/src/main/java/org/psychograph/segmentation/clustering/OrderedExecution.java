package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs calls concurrently and hands back their results in call order, so that whatever the pool size or the
 * order of completion, what is combined afterwards is combined in the same order.
 */
final class OrderedExecution {

    private OrderedExecution() {}

    /** Fails fast: the first failure (in call order) is rethrown and the calls not yet finished are cancelled. */
    static <T> List<T> run(ExecutorService executor, List<Callable<T>> calls) {
        List<Future<T>> futures = new ArrayList<>(calls.size());
        for (Callable<T> call : calls) {
            futures.add(executor.submit(call));
        }
        List<T> results = new ArrayList<>(calls.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SegmentationCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a clustering computation failed", e.getCause());
        } finally {
            for (Future<T> future : futures) {
                future.cancel(true);
            }
        }
    }
}
