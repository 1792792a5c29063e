package org.psychograph.survey.importing;

import java.io.Closeable;
import java.util.List;
import org.psychograph.survey.coding.CodedResponse;

/** The rows of an import file, read one at a time so memory does not grow with the file. */
public interface ResponseRows extends Closeable {

    /** Outcome of reading one row: the coded response, or null when the row had problems (reported). */
    record Next(CodedResponse response) {}

    /** The next row, or null at the end of the file. */
    Next next() throws ImportAborted;

    /** The number of the last row read (1-based data rows). */
    long rowNumber();

    /** Columns (or answer keys) skipped by the import options, in the order first met. */
    List<String> ignoredColumns();
}
