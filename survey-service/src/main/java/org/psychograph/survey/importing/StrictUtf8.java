package org.psychograph.survey.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads UTF-8 text and fails on anything else (binary files, other encodings) instead of guessing. */
final class StrictUtf8 {

    private StrictUtf8() {}

    static Reader reader(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Turns an I/O failure while reading into the error the caller sees. */
    static ImportError describe(long row, Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof SizeLimitExceeded
                    || cause instanceof RecordLength.RecordTooLong
                    || cause instanceof UploadPace.UploadTooSlow) {
                return ImportError.of(row, null, null, cause.getMessage());
            }
            if (cause instanceof CharacterCodingException) {
                return ImportError.of(row, null, null, "the file is not UTF-8 text (binary or another encoding)");
            }
            cause = cause.getCause();
        }
        // the innermost message: wrappers (UncheckedIOException...) repeat it behind a Java class name
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "unreadable" : root.getMessage();
        return ImportError.of(row, null, null, "malformed file: " + message);
    }

    /** Raised by {@link LimitedInputStream} when the body passes the size limit. */
    static final class SizeLimitExceeded extends IOException {
        SizeLimitExceeded(long limit) {
            super("the file is larger than the limit of " + limit + " bytes (psychograph.import.max-bytes)");
        }
    }

    /** Counts bytes and stops the import as soon as the limit is passed, without reading the rest. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws SizeLimitExceeded {
            count += n;
            if (count > limit) {
                throw new SizeLimitExceeded(limit);
            }
        }
    }
}
