package org.psychograph.survey.importing;

import java.util.List;

/**
 * The answer to an import. {@code IMPORTED}: every row was valid and written in one transaction.
 * {@code REJECTED}: nothing was written; {@code errors} lists the first problems found.
 */
public record ImportReport(String status, long rowsRead, long rowsWritten, long rowsUnchanged, long durationMillis,
        List<ImportError> errors, boolean errorsTruncated) {
}
