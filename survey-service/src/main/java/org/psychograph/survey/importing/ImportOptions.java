package org.psychograph.survey.importing;

import java.util.Map;

/**
 * How to read an import file.
 *
 * @param respondentIdColumn the CSV column holding respondent ids
 * @param rowIdPrefix when set, respondent ids are this prefix plus the data row number (for files with no id
 *     column; re-importing the same file still targets the same respondents)
 * @param columnMapping CSV header name to question code, for headers that are not codes
 */
public record ImportOptions(ImportFormat format, String respondentIdColumn, String rowIdPrefix,
        Map<String, String> columnMapping) {
}
