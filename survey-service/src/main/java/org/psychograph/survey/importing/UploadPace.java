package org.psychograph.survey.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The minimum pace of an upload: in every window of time spent waiting for the client (time the import spends
 * writing is not counted: that is the service's own pace), the client must deliver a minimum number of bytes.
 * A slower upload is aborted, so that a trickling or stalled client cannot keep an import (its database
 * connection, its transaction and the survey's write lock) open.
 *
 * <p>A client that trickles is caught when a read returns ({@link #read}); one that sends nothing for a whole window
 * is caught by a timer calling {@link #stalled}, whose caller then closes the connection so that the blocked read
 * fails.
 */
final class UploadPace extends FilterInputStream {

    private final long minBytes;
    private final long windowNanos;
    private final String limit;
    private long windowBytes;
    private long windowWaitNanos;
    /** When the read in progress started (System.nanoTime), or 0 when no read is in progress. */
    private volatile long readStarted;

    private volatile boolean aborted;

    UploadPace(InputStream in, long minBytes, Duration window) {
        super(in);
        this.minBytes = minBytes;
        this.windowNanos = window.toNanos();
        this.limit = "the upload was slower than " + minBytes + " bytes per " + window.toSeconds()
                + " s (psychograph.import.min-upload-bytes, upload-window); nothing was written";
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (aborted) {
            throw new UploadTooSlow(limit);
        }
        long start = System.nanoTime();
        readStarted = start;
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw aborted ? new UploadTooSlow(limit) : e;
        } finally {
            readStarted = 0;
        }
        windowWaitNanos += System.nanoTime() - start;
        if (n > 0) {
            windowBytes += n;
        }
        if (windowWaitNanos >= windowNanos) {
            if (windowBytes < minBytes && n >= 0) {
                aborted = true;
                throw new UploadTooSlow(limit);
            }
            windowWaitNanos = 0;
            windowBytes = 0;
        }
        return n;
    }

    /**
     * Whether the read in progress has waited a whole window without a byte: then the upload is marked aborted and
     * the caller must close the connection to end the read. Called from a timer. (A client that sends a little now
     * and then is caught when its read returns, and is told why.)
     */
    boolean stalled() {
        long started = readStarted;
        if (started == 0 || aborted) {
            return false;
        }
        boolean stalled = System.nanoTime() - started >= windowNanos;
        if (stalled) {
            aborted = true;
        }
        return stalled;
    }

    /** The upload was aborted for its pace; reported to the client (when it still listens) as the import's error. */
    static final class UploadTooSlow extends IOException {
        UploadTooSlow(String message) {
            super(message);
        }
    }
}
