package org.psychograph.survey.service;

import java.util.List;

/**
 * One respondent's answers as submitted, before coding. {@code attributes} may be null; an attribute given twice
 * is refused when coded, so they stay a list.
 */
public record SubmittedResponse(String respondentId, List<Answer> answers, List<Attribute> attributes) {

    /** {@code value} as text (coded like an import cell), or {@code values} for MULTI_CHOICE. */
    public record Answer(String questionCode, String value, List<String> values) {}

    public record Attribute(String name, String value) {}
}
