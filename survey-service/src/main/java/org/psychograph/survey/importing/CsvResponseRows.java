package org.psychograph.survey.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.psychograph.survey.coding.ResponseCoder;
import org.psychograph.survey.coding.ResponseCoder.Problem;
import org.psychograph.survey.importing.ImportOptions.UnknownColumns;

/**
 * CSV rows parsed by Apache Commons CSV (RFC 4180 quoting), streamed record by record. The header is
 * a respondent id column plus question codes (or names mapped to codes); which other columns may be there
 * is up to the import options.
 */
final class CsvResponseRows implements ResponseRows {

    /** What Excel's "CSV UTF-8" puts before the header; not part of the first column's name. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Position of a column that is not read. */
    private static final int SKIPPED = -1;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RecordLength length;
    private final ResponseCoder coder;
    private final Consumer<Problem> problems;
    private final ImportOptions options;
    private final int maxFieldLength;
    private final List<String> ignored = new ArrayList<>();
    private int[] positions;
    private int idColumn = -1;
    private String[] header;
    private long row;

    CsvResponseRows(
            RecordLength reader,
            ResponseCoder coder,
            ImportOptions options,
            int maxFieldLength,
            Consumer<Problem> problems)
            throws ImportAborted {
        this.length = reader;
        this.coder = coder;
        this.problems = problems;
        this.options = options;
        this.maxFieldLength = maxFieldLength;
        try {
            this.parser =
                    CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
            this.records = parser.iterator();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportAborted(StrictUtf8.describe(0, e));
        }
        readHeader();
    }

    private void readHeader() throws ImportAborted {
        CSVRecord first = read();
        if (first == null) {
            throw new ImportAborted(ImportError.of(0, null, null, "the file is empty: expected a header row"));
        }
        header = first.values();
        if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == BYTE_ORDER_MARK) {
            header[0] = header[0].substring(1);
        }
        positions = new int[header.length];
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> columnOfCode = new HashMap<>();
        boolean bad = false;
        for (int c = 0; c < header.length; c++) {
            String name = header[c].strip();
            header[c] = name;
            positions[c] = SKIPPED;
            if (name.indexOf('\0') >= 0) {
                throw new ImportAborted(ImportError.of(0, null, null, "binary content in the header row"));
            }
            if (seen.put(name, c) != null) {
                problems.accept(new Problem(0, name, name, "column appears twice in the header"));
                bad = true;
                continue;
            }
            if (name.equals(options.respondentIdColumn()) && options.rowIdPrefix() == null) {
                idColumn = c;
                continue;
            }
            String code = options.columnMapping().getOrDefault(name, name);
            int position = coder.questions().position(code);
            if (!options.takes(code) || (position < 0 && options.unknownColumns() == UnknownColumns.IGNORE)) {
                ignored.add(name);
                continue;
            }
            if (position < 0) {
                problems.accept(new Problem(
                        0,
                        name,
                        name,
                        "unknown column: no question has the code '" + code
                                + "' (unknownColumns=IGNORE skips such columns)"));
                bad = true;
                continue;
            }
            String earlier = columnOfCode.putIfAbsent(code, name);
            if (earlier != null) {
                // reading both would keep one of them silently
                problems.accept(new Problem(
                        0,
                        name,
                        name,
                        "columns '" + earlier + "' and '" + name + "' are both mapped to question " + code));
                bad = true;
                continue;
            }
            positions[c] = position;
        }
        if (options.taken() != null) {
            for (String code : options.taken()) {
                if (!columnOfCode.containsKey(code)) {
                    problems.accept(
                            new Problem(0, code, null, "column " + code + " (named in columns) is not in the file"));
                    bad = true;
                }
            }
        }
        if (idColumn < 0 && options.rowIdPrefix() == null) {
            problems.accept(new Problem(
                    0,
                    options.respondentIdColumn(),
                    null,
                    "no respondent id column '" + options.respondentIdColumn()
                            + "' (name it with respondentIdColumn, or give rowIdPrefix)"));
            bad = true;
        }
        if (bad) {
            throw ImportAborted.alreadyReported();
        }
    }

    @Override
    public Next next() throws ImportAborted {
        CSVRecord record = read();
        if (record == null) {
            return null;
        }
        row++;
        ResponseCoder.Row coded = coder.row(row);
        if (record.size() != header.length) {
            String reason = record.size() > header.length ? "too many columns" : "too few columns";
            coded.fail(
                    problems,
                    new Problem(row, null, null, reason + ": expected " + header.length + ", found " + record.size()));
            return new Next(null);
        }
        for (int c = 0; c < header.length; c++) {
            if (positions[c] == SKIPPED && c != idColumn) {
                continue;
            }
            String value = record.get(c);
            if (value.length() > maxFieldLength) {
                coded.fail(
                        problems,
                        new Problem(
                                row,
                                header[c],
                                value.substring(0, 40) + "...",
                                "cell longer than " + maxFieldLength
                                        + " characters (psychograph.import.max-field-length)"));
                continue;
            }
            if (c == idColumn) {
                continue;
            }
            if (value.indexOf('\0') >= 0) {
                throw new ImportAborted(ImportError.of(row, header[c], null, "binary content (NUL byte)"));
            }
            coded.answerAt(positions[c], header[c], value, problems);
        }
        String id = idColumn >= 0 ? record.get(idColumn) : options.rowIdPrefix() + row;
        String idName = idColumn >= 0 ? header[idColumn] : "rowIdPrefix";
        return new Next(coded.finish(id, idName, Map.of(), problems));
    }

    private CSVRecord read() throws ImportAborted {
        try {
            CSVRecord record = records.hasNext() ? records.next() : null;
            length.nextRecord();
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportAborted(StrictUtf8.describe(row + 1, e));
        }
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
