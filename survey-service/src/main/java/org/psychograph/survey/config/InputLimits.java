package org.psychograph.survey.config;

import io.smallrye.config.ConfigMapping;

/** Per-request limits of the GraphQL API: each bounds the work or memory one call can ask for. */
@ConfigMapping(prefix = "psychograph.limits")
public interface InputLimits {

    /** Questions one survey may have. */
    int questionsPerSurvey();

    /** Characters of a question's text. */
    int questionTextLength();

    /** Characters of one option label. */
    int optionLength();

    /** Question codes (columns) one response matrix page may ask for; they must be distinct. */
    int matrixColumns();

    /** Ids (respondent ids, responses) in one call of submitResponses or deleteResponses. */
    int idsPerCall();

    /** Attributes given for one respondent in one call or import row. */
    int attributesPerRespondent();

    /** Characters of a free-text answer or an attribute value. */
    int textLength();
}
