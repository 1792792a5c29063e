package org.psychograph.survey.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

/** What one bulk import may cost: every limit is answered with an error naming it, never with memory or a lock. */
@ConfigMapping(prefix = "psychograph.import")
public interface ImportLimits {

    /** Data rows in one file. */
    long maxRows();

    /** Errors listed in a rejected import's report. */
    int maxErrors();

    /** Rows written per statement. */
    int batchSize();

    /** Bytes in one file. */
    long maxBytes();

    /** Characters in one CSV cell or NDJSON value. */
    @WithName("max-field-length")
    int maxFieldLength();

    /**
     * Characters in one CSV record or NDJSON line (about: the reader looks ahead by its buffer). Bounds the memory
     * a single row can take, whatever the file does with quotes and newlines.
     */
    @WithName("max-line-length")
    int maxLineLength();

    /** The slowest upload accepted: at least this many bytes per {@link #uploadWindow()} spent waiting for the client. */
    long minUploadBytes();

    /** See {@link #minUploadBytes()}. */
    Duration uploadWindow();

    /** Imports that read, code and write at once in one instance; more wait their turn, fairly across workspaces. */
    int maxConcurrent();

    /** How long an import waits for its turn before it is answered UNAVAILABLE (HTTP 503). */
    Duration maxWait();
}
