package org.psychograph.survey.coding;

import java.util.Map;

/**
 * One respondent's answers after coding, ready to store: numbers in question position order (null =
 * missing; TEXT positions always null) and free-text answers by question code.
 */
public record CodedResponse(
        long rowNumber,
        String respondentId,
        Double[] answers,
        Map<String, String> textAnswers,
        Map<String, String> attributes) {}
