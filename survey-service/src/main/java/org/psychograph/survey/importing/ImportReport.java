package org.psychograph.survey.importing;

import java.util.List;

/**
 * The answer to an import. {@code IMPORTED}: every row was valid and written in one transaction.
 * {@code REJECTED}: nothing was written; {@code errors} lists the first problems found. {@code ignoredColumns}:
 * the columns (NDJSON: answer keys) that were not read, by the options {@code unknownColumns=IGNORE} or
 * {@code columns}.
 */
public record ImportReport(
        String status,
        long rowsRead,
        long rowsWritten,
        long rowsUnchanged,
        long durationMillis,
        List<ImportError> errors,
        boolean errorsTruncated,
        List<String> ignoredColumns) {}
