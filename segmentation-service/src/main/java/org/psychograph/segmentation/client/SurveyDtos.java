package org.psychograph.segmentation.client;

import java.util.List;

/** survey-service's answers, as far as this service reads them (field names as in its schema). */
public final class SurveyDtos {

    private SurveyDtos() {}

    /** A survey with its questions. */
    public record SurveyDefinition(
            String id,
            String workspaceId,
            String title,
            String status,
            List<QuestionDefinition> questions,
            WaveDefinition wave) {

        /** The survey's tracker when it is fielded in waves, else null. */
        public String trackerId() {
            return wave == null ? null : wave.trackerId();
        }
    }

    /** A survey's place in its tracker, as far as runs need it. */
    public record WaveDefinition(String trackerId) {}

    public record QuestionDefinition(
            String code,
            String text,
            String type,
            String dimension,
            String role,
            boolean reverseCoded,
            Integer scaleMin,
            Integer scaleMax,
            Double numericMin,
            Double numericMax,
            List<String> options) {}

    public record MatrixPage(List<String> columns, int totalCount, PageInfo pageInfo, List<MatrixRow> rows) {}

    public record PageInfo(boolean hasNextPage, String endCursor) {}

    public record MatrixRow(String respondentId, List<Double> values) {}
}
