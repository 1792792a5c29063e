-- An analyst's reading of a survey question, which wins over every automatic one (rule pack bindings, lexicon,
-- sentence similarity). Kept per survey, so every run of the survey and every regeneration uses it.
-- concept NULL: the question measures no concept of the vocabulary (it is then never used for archetypes).
CREATE TABLE question_meaning_correction (
    id             uuid PRIMARY KEY,
    workspace_id   text        NOT NULL,
    survey_id      text        NOT NULL,
    question_code  text        NOT NULL,
    concept        text,
    pole           text        CHECK (pole IN ('HIGH', 'LOW')),
    corrected_by   text        NOT NULL,
    corrected_at   timestamptz NOT NULL,
    UNIQUE (workspace_id, survey_id, question_code),
    CHECK ((concept IS NULL) = (pole IS NULL))
);
