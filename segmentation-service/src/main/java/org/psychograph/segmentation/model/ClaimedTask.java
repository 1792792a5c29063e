package org.psychograph.segmentation.model;

import java.util.UUID;

/**
 * A task this worker holds the lease of, with the trace context ({@code traceparent}) of the request that
 * started its run, or null.
 */
public record ClaimedTask(
        long id,
        UUID runId,
        TaskKind kind,
        Integer k,
        Integer rangeFrom,
        Integer rangeTo,
        int attempts,
        int maxAttempts,
        String traceParent) {}
