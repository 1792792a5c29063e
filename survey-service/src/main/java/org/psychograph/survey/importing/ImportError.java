package org.psychograph.survey.importing;

/**
 * One problem found in an import file.
 *
 * @param row data row number, 1-based (0 = the CSV header; for NDJSON the line number)
 * @param column the column (CSV header or question code), or null when the problem is the whole row
 * @param value the offending value, shortened, or null
 * @param reason what is wrong, in plain words
 */
public record ImportError(long row, String column, String value, String reason) {

    static ImportError of(long row, String column, String value, String reason) {
        String shown = value == null || value.length() <= 80 ? value : value.substring(0, 77) + "...";
        return new ImportError(row, column, shown, reason);
    }
}
