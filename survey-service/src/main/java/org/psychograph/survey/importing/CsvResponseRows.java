package org.psychograph.survey.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.psychograph.survey.coding.ResponseCoder;
import org.psychograph.survey.coding.ResponseCoder.Problem;

/**
 * CSV rows parsed by Apache Commons CSV (RFC 4180 quoting), streamed record by record. The header is
 * a respondent id column plus question codes (or names mapped to codes).
 */
final class CsvResponseRows implements ResponseRows {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ResponseCoder coder;
    private final Consumer<Problem> problems;
    private final ImportOptions options;
    private String[] codes;
    private int[] positions;
    private int idColumn = -1;
    private String[] header;
    private long row;

    CsvResponseRows(Reader reader, ResponseCoder coder, ImportOptions options, Consumer<Problem> problems)
            throws ImportAborted {
        this.coder = coder;
        this.problems = problems;
        this.options = options;
        try {
            this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
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
        codes = new String[header.length];
        positions = new int[header.length];
        Map<String, Integer> seen = new HashMap<>();
        boolean bad = false;
        for (int c = 0; c < header.length; c++) {
            String name = header[c].strip();
            if (name.indexOf('\0') >= 0) {
                throw new ImportAborted(ImportError.of(0, null, null, "binary content in the header row"));
            }
            if (seen.put(name, c) != null) {
                problems.accept(new Problem(0, name, name, "column appears twice in the header"));
                bad = true;
            }
            if (name.equals(options.respondentIdColumn()) && options.rowIdPrefix() == null) {
                idColumn = c;
                continue;
            }
            String code = options.columnMapping().getOrDefault(name, name);
            if (coder.questions().position(code) < 0) {
                problems.accept(new Problem(0, name, name, "unknown column: no question has the code '" + code + "'"));
                bad = true;
            }
            codes[c] = code;
            positions[c] = coder.questions().position(code);
        }
        if (idColumn < 0 && options.rowIdPrefix() == null) {
            problems.accept(new Problem(0, options.respondentIdColumn(), null,
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
            coded.fail(problems, new Problem(row, null, null,
                    reason + ": expected " + header.length + ", found " + record.size()));
            return new Next(null);
        }
        for (int c = 0; c < header.length; c++) {
            if (c == idColumn) {
                continue;
            }
            String value = record.get(c);
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
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportAborted(StrictUtf8.describe(row + 1, e));
        }
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

}
