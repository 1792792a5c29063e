package org.psychograph.survey.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the characters read for one row (a CSV record, which quotes can spread over many lines, or an NDJSON
 * line). The parsers build a whole row in memory before handing it over, so without a bound one 20 MB cell (or a
 * file with no line breaks) is read whole; with it the import stops, naming the limit, once that many characters
 * have passed since the last row ended. The count includes what the parser's buffer reads ahead, so the limit
 * holds to within that buffer.
 */
final class RecordLength extends FilterReader {

    private final int max;
    private long sinceLastRecord;

    RecordLength(Reader in, int max) {
        super(in);
        this.max = max;
    }

    /** The parser has handed over a row: counting starts again. */
    void nextRecord() {
        sinceLastRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            add(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws RecordTooLong {
        sinceLastRecord += n;
        if (sinceLastRecord > max) {
            throw new RecordTooLong(max);
        }
    }

    /** A row longer than the limit; the rest of the file is not read. */
    static final class RecordTooLong extends IOException {
        RecordTooLong(int max) {
            super("a row is longer than " + max + " characters (psychograph.import.max-line-length)");
        }
    }
}
