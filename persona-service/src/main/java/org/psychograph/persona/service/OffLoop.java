package org.psychograph.persona.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * CPU work (the sentence model) done on a worker thread and its result handed back on the caller's Vert.x
 * context: the event loop stays free, and Hibernate Reactive, which keeps its session in that context, can go on.
 */
final class OffLoop {

    private OffLoop() {}

    static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> computed = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? computed : computed.emitOn(command -> context.runOnContext(v -> command.run()));
    }
}
