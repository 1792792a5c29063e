package org.psychograph.survey.importing;

/** File formats of a bulk import. */
public enum ImportFormat {
    /** Header row: a respondent id column and question codes (or names mapped to codes). */
    CSV,
    /** One JSON object per line: {"respondentId": "...", "answers": {"code": value}, "attributes": {...}}. */
    NDJSON
}
