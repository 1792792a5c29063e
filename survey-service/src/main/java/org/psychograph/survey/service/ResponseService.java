package org.psychograph.survey.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.survey.coding.CodedResponse;
import org.psychograph.survey.coding.MissingCodes;
import org.psychograph.survey.coding.QuestionSet;
import org.psychograph.survey.coding.ResponseCoder;
import org.psychograph.survey.config.InputLimits;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.model.SurveyStatus;
import org.psychograph.survey.repository.ResponseStore;
import org.psychograph.survey.repository.ResponseStore.StoredResponse;
import org.psychograph.survey.security.Caller;
import org.psychograph.survey.service.SubmittedResponse.Answer;
import org.psychograph.survey.service.SubmittedResponse.Attribute;

/** Responses submitted over GraphQL in small batches, read back page by page, and deleted. */
@ApplicationScoped
public class ResponseService {

    static final int MAX_PAGE = 1000;

    private final SurveyService surveys;
    private final ResponseStore store;
    private final Caller caller;
    private final InputLimits limits;

    public ResponseService(SurveyService surveys, ResponseStore store, Caller caller, InputLimits limits) {
        this.surveys = surveys;
        this.store = store;
        this.caller = caller;
        this.limits = limits;
    }

    /** Codes every submission first; writes all of them in one transaction only if none is invalid. */
    public Uni<Integer> submit(String surveyId, List<SubmittedResponse> submissions) {
        caller.requireAnalyst();
        if (submissions.isEmpty() || submissions.size() > limits.idsPerCall()) {
            throw new ValidationException(
                    "responses",
                    "submit 1 to " + limits.idsPerCall()
                            + " responses per call (psychograph.limits.ids-per-call; use the bulk import for more)");
        }
        return openSurveyWithQuestions(surveyId).chain(open -> {
            List<CodedResponse> coded = code(open.questions(), submissions);
            return store.pool()
                    .withTransaction(connection -> store.beginWrite(connection, open.survey().id)
                            .chain(hadResponses -> store.stage(connection, coded)
                                    .chain(() -> store.mergeStaged(
                                            connection,
                                            open.survey().workspaceId,
                                            open.survey().id,
                                            coded.stream()
                                                    .anyMatch(
                                                            r -> !r.attributes().isEmpty()),
                                            hadResponses))));
        });
    }

    private List<CodedResponse> code(QuestionSet questions, List<SubmittedResponse> submissions) {
        ResponseCoder coder = new ResponseCoder(
                questions,
                MissingCodes.NONE.withQuestions(questions),
                limits.textLength(),
                limits.attributesPerRespondent());
        List<CodedResponse> coded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < submissions.size(); i++) {
            SubmittedResponse s = submissions.get(i);
            String path = "responses[" + i + "]";
            List<ResponseCoder.Problem> problems = new ArrayList<>();
            if (s.answers().size() > questions.size()) {
                // more answers than questions cannot all be valid: refused before coding any of them
                throw new ValidationException(
                        path + ".answers",
                        s.answers().size() + " answers for a survey of " + questions.size() + " questions");
            }
            ResponseCoder.Row row = coder.row(i + 1); // 1-based, like the rows of a file
            for (Answer answer : s.answers()) {
                if (answer.values() != null) {
                    row.answerSelection(answer.questionCode(), answer.values(), problems::add);
                } else {
                    row.answer(answer.questionCode(), answer.value(), problems::add);
                }
            }
            CodedResponse response =
                    row.finish(s.respondentId(), "respondentId", attributes(s.attributes(), path), problems::add);
            if (!problems.isEmpty()) {
                ResponseCoder.Problem first = problems.get(0);
                String field = first.column().equals("respondentId")
                        ? path + ".respondentId"
                        : first.column().startsWith("attributes")
                                ? path + ".attributes"
                                : path + ".answers[" + first.column() + "]";
                throw new ValidationException(
                        field,
                        (first.value() == null ? "" : "'" + first.value() + "' for ") + first.column() + ": "
                                + first.reason());
            }
            if (!ids.add(response.respondentId())) {
                throw new ValidationException(
                        path + ".respondentId",
                        "respondent " + response.respondentId() + " appears twice in this call");
            }
            coded.add(response);
        }
        return coded;
    }

    private static Map<String, String> attributes(List<Attribute> attributes, String path) {
        Map<String, String> map = new HashMap<>();
        if (attributes != null) {
            for (Attribute a : attributes) {
                if (map.put(a.name(), a.value()) != null) {
                    throw new ValidationException(path + ".attributes", "attribute '" + a.name() + "' is given twice");
                }
            }
        }
        return map;
    }

    public Uni<Integer> delete(String surveyId, List<String> respondentIds) {
        caller.requireAnalyst();
        if (respondentIds.isEmpty() || respondentIds.size() > limits.idsPerCall()) {
            throw new ValidationException(
                    "respondentIds",
                    "delete 1 to " + limits.idsPerCall() + " responses per call (psychograph.limits.ids-per-call)");
        }
        return surveys.visibleSurvey(surveyId).chain(survey -> store.delete(survey.id, respondentIds));
    }

    public Uni<Page<ResponseAnswers>> responses(String surveyId, Integer first, String after) {
        caller.requireReader();
        int size = Cursors.pageSize(first, 100, MAX_PAGE);
        String afterRespondent = after == null ? null : Cursors.decode(after, "after");
        return surveyWithQuestions(surveyId)
                .chain(sq -> store.page(sq.survey().id, afterRespondent, size + 1)
                        .chain(page -> store.count(sq.survey().id)
                                .map(total -> Page.of(page, size, total).map(r -> answers(sq.questions(), r)))));
    }

    private static ResponseAnswers answers(QuestionSet questions, StoredResponse r) {
        List<ResponseAnswers.Answer> answers = new ArrayList<>();
        for (int p = 0; p < questions.size(); p++) {
            String code = questions.get(p).code;
            if (questions.isText(p)) {
                String text = r.textAnswers() == null ? null : r.textAnswers().getString(code);
                if (text != null) {
                    answers.add(new ResponseAnswers.Answer(code, null, text));
                }
            } else if (p < r.answers().length && r.answers()[p] != null) {
                answers.add(new ResponseAnswers.Answer(code, r.answers()[p], null));
            }
        }
        return new ResponseAnswers(r.respondentId(), r.submittedAt(), answers);
    }

    /** A survey with its questions, visible to the caller. */
    public record SurveyQuestions(Survey survey, QuestionSet questions) {}

    public Uni<SurveyQuestions> surveyWithQuestions(String surveyId) {
        return surveys.visibleSurvey(surveyId)
                .chain(survey ->
                        surveys.questionsOf(survey.id).map(qs -> new SurveyQuestions(survey, new QuestionSet(qs))));
    }

    /** Like {@link #surveyWithQuestions} but the survey must accept responses. */
    public Uni<SurveyQuestions> openSurveyWithQuestions(String surveyId) {
        return surveyWithQuestions(surveyId).map(sq -> {
            if (sq.survey().status != SurveyStatus.OPEN) {
                throw new ValidationException(
                        "surveyId",
                        "responses are accepted only while the survey is OPEN; it is " + sq.survey().status);
            }
            return sq;
        });
    }
}
