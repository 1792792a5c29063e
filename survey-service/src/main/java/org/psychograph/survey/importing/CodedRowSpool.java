package org.psychograph.survey.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jboss.logging.Logger;
import org.psychograph.survey.coding.CodedResponse;
import org.psychograph.survey.error.UnavailableException;

/**
 * The coded rows of an upload, kept in a temporary file until the whole upload has arrived, so that the import
 * takes its database connection and the survey's write lock only for writing: a client that sends slowly, or
 * stops, holds nothing in the database while it does (issue 12).
 *
 * <p>Hand-written rather than Java serialisation or JSON because the spool sits on the import's hot path: a row
 * is a few bytes per answer here (one byte for an answer on a 0..251 scale, the usual case), so a million-row
 * Likert file spools in tens of megabytes and reads back much faster than it was parsed. The file is deleted on
 * {@link #close()}; nothing in it outlives the request.
 */
final class CodedRowSpool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CodedRowSpool.class);

    /** One-byte answer tags; 0..SMALL_MAX is the answer itself. */
    private static final int SMALL_MAX = 251;

    private static final int MISSING = 252;
    private static final int INT = 253;
    private static final int DOUBLE = 254;
    private static final int BUFFER = 1 << 16;

    /** Where the spool file goes; null for the JVM's temporary folder ({@code java.io.tmpdir}). */
    private final Path dir;

    private Path file;
    private DataOutputStream out;
    private long rows;

    CodedRowSpool() {
        this(null);
    }

    CodedRowSpool(Path dir) {
        this.dir = dir;
    }

    /** Appends a batch of coded rows; a full or unwritable temporary folder is UNAVAILABLE (try again later). */
    void append(List<CodedResponse> batch) {
        try {
            appendOrFail(batch);
        } catch (IOException e) {
            LOG.warnf("an import could not be spooled: %s", e.toString());
            throw new UnavailableException(
                    "import", "the server's temporary folder could not hold the upload: " + "try again later");
        }
    }

    private void appendOrFail(List<CodedResponse> batch) throws IOException {
        if (out == null) {
            file = dir == null
                    ? Files.createTempFile("psychograph-import-", ".spool")
                    : Files.createTempFile(dir, "psychograph-import-", ".spool");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        }
        for (CodedResponse row : batch) {
            write(row);
        }
        rows += batch.size();
    }

    long rows() {
        return rows;
    }

    /** The rows back, in the order appended, {@code batchSize} at a time. Call once, after the last append. */
    Iterator<List<CodedResponse>> batches(int batchSize) {
        if (out == null) {
            return List.<List<CodedResponse>>of().iterator();
        }
        DataInputStream in;
        try {
            out.close();
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        } catch (IOException e) {
            LOG.warnf("an import's spool could not be read back: %s", e.toString());
            throw new UnavailableException("import", "the upload's spooled rows could not be read back: try again");
        }
        return new Iterator<>() {
            private long left = rows;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public List<CodedResponse> next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                int size = (int) Math.min(batchSize, left);
                List<CodedResponse> batch = new ArrayList<>(size);
                try {
                    for (int i = 0; i < size; i++) {
                        batch.add(read(in));
                    }
                    left -= size;
                    if (left == 0) {
                        in.close();
                    }
                } catch (IOException e) {
                    LOG.warnf("an import's spool could not be read back: %s", e.toString());
                    throw new UnavailableException(
                            "import", "the upload's spooled rows could not be read back: " + "try again");
                }
                return batch;
            }
        };
    }

    /** Deletes the spool file; a file that cannot be deleted is logged, never the import's failure. */
    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the file is removed all the same
        }
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warnf("an import's spool file could not be removed: %s", e.toString());
        }
    }

    private void write(CodedResponse row) throws IOException {
        out.writeLong(row.rowNumber());
        writeText(row.respondentId());
        Double[] answers = row.answers();
        out.writeInt(answers.length);
        for (Double answer : answers) {
            writeAnswer(answer);
        }
        writeMap(row.textAnswers());
        writeMap(row.attributes());
    }

    private static CodedResponse read(DataInputStream in) throws IOException {
        long rowNumber = in.readLong();
        String respondentId = readText(in);
        Double[] answers = new Double[in.readInt()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = readAnswer(in);
        }
        return new CodedResponse(rowNumber, respondentId, answers, readMap(in), readMap(in));
    }

    private void writeAnswer(Double answer) throws IOException {
        if (answer == null) {
            out.writeByte(MISSING);
            return;
        }
        double value = answer;
        boolean whole = value == Math.rint(value) && !(value == 0 && 1 / value < 0); // -0.0 keeps its sign
        if (whole && value >= 0 && value <= SMALL_MAX) {
            out.writeByte((int) value);
        } else if (whole && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            out.writeByte(INT);
            out.writeInt((int) value);
        } else {
            out.writeByte(DOUBLE);
            out.writeDouble(value);
        }
    }

    private static Double readAnswer(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case MISSING -> null;
            case INT -> (double) in.readInt();
            case DOUBLE -> in.readDouble();
            default -> (double) tag;
        };
    }

    private void writeMap(Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            writeText(entry.getKey());
            writeText(entry.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size == 0) {
            return Map.of();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(readText(in), readText(in));
        }
        return map;
    }

    /** Length-prefixed UTF-8 ({@code writeUTF} stops at 65,535 bytes; a text answer may be longer). */
    private void writeText(String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
