package org.psychograph.segmentation.queue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.psychograph.segmentation.model.ClaimedTask;

/**
 * Carries the trace of the request that started a run into the worker that runs its tasks, which may be
 * another process minutes later: the trace context is stored with the run as a W3C {@code traceparent}
 * and each task runs in a span that continues it. With no exporter configured the spans cost little and
 * go nowhere; with one, a single trace shows gateway, API call and every task of the run.
 */
@ApplicationScoped
public class TaskTracing {

    private static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public TaskTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("org.psychograph.segmentation.worker");
    }

    /** The current trace context as a {@code traceparent} value, or null outside a trace. */
    public String currentTraceParent() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Starts the span a task runs in, as a child of the stored trace context (a new trace when there is none). */
    public Span startTaskSpan(ClaimedTask task) {
        Context parent = task.traceParent() == null
                ? Context.root()
                : propagator.extract(Context.root(), Map.of(TRACEPARENT, task.traceParent()), FROM_MAP);
        return tracer.spanBuilder("segmentation " + task.kind() + " task")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("psychograph.run.id", task.runId().toString())
                .setAttribute("psychograph.task.id", task.id())
                .setAttribute("psychograph.task.attempt", task.attempts())
                .startSpan();
    }

    public static void failed(Span span, Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
    }
}
