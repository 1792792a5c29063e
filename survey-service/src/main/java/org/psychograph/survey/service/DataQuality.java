package org.psychograph.survey.service;

import java.util.List;

/** What is wrong with a survey's data: missing and out-of-range answers, straight-liners, duplicates. */
public record DataQuality(
        int responseCount,
        List<QuestionQuality> questions,
        int straightLinerCount,
        List<String> straightLiners,
        int duplicateResponseCount,
        int duplicateGroupCount) {

    public DataQuality {
        questions = List.copyOf(questions);
        straightLiners = List.copyOf(straightLiners);
    }

    public record QuestionQuality(String questionCode, int missingCount, double missingShare, int outOfRangeCount) {}
}
