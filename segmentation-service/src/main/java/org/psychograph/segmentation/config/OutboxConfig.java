package org.psychograph.segmentation.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The outbox relay to persona-service ({@code psychograph.outbox.*}). */
@ConfigMapping(prefix = "psychograph.outbox")
public interface OutboxConfig {

    /** Deliver RunSucceeded events at all. */
    boolean enabled();

    /** Pause between two passes over the due events. */
    Duration interval();

    /** The longest wait before an event is retried (the backoff doubles up to it). */
    Duration maxBackoff();

    /** Attempts before an event is given up. */
    int maxAttempts();
}
