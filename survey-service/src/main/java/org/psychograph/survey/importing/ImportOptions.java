package org.psychograph.survey.importing;

import java.util.Map;
import java.util.Set;
import org.psychograph.survey.coding.MissingCodes;

/**
 * How to read an import file.
 *
 * @param respondentIdColumn the CSV column holding respondent ids
 * @param rowIdPrefix when set, respondent ids are this prefix plus the data row number (for files with no id
 *     column; re-importing the same file still targets the same respondents)
 * @param columnMapping CSV header name to question code, for headers that are not codes
 * @param unknownColumns what to do with columns (NDJSON: answer keys) that are no question's code
 * @param taken when not null, only these question codes are read; other columns are ignored and reported
 * @param missing values that mean "not answered", per question code
 */
public record ImportOptions(
        ImportFormat format,
        String respondentIdColumn,
        String rowIdPrefix,
        Map<String, String> columnMapping,
        UnknownColumns unknownColumns,
        Set<String> taken,
        MissingCodes missing) {

    /** What to do with a column that is no question's code. */
    public enum UnknownColumns {
        /** Refuse the file, naming the columns (the default: a misspelt code is caught). */
        REFUSE,
        /** Skip them and list them in the report (exports carry metadata columns: StartDate, Duration, IPAddress...). */
        IGNORE
    }

    /** Whether a column with this question code is to be read. */
    boolean takes(String code) {
        return taken == null || taken.contains(code);
    }
}
