package org.psychograph.survey.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.psychograph.survey.config.InputLimits;
import org.psychograph.survey.error.NotFoundException;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.model.SurveyStatus;
import org.psychograph.survey.repository.QuestionRepository;
import org.psychograph.survey.repository.SurveyRepository;
import org.psychograph.survey.security.Caller;

/** Surveys and their questions: creation, editing, and the DRAFT -> OPEN -> CLOSED lifecycle. */
@ApplicationScoped
public class SurveyService {

    static final int MAX_PAGE = 100;
    static final int MAX_TITLE = 300;

    private final SurveyRepository surveys;
    private final QuestionRepository questions;
    private final Caller caller;
    private final QuestionValidator validator;

    public SurveyService(SurveyRepository surveys, QuestionRepository questions, Caller caller, InputLimits limits) {
        this.surveys = surveys;
        this.questions = questions;
        this.caller = caller;
        this.validator = new QuestionValidator(limits);
    }

    /** The survey, if the caller may see it; NOT_FOUND otherwise (whether absent or another workspace's). */
    public Uni<Survey> visibleSurvey(String id) {
        return findVisible(id, caller.workspaces());
    }

    /** As {@link #visibleSurvey} for code running outside the request (e.g. an import's worker thread). */
    @WithSession
    public Uni<Survey> findVisible(String id, Set<String> workspaces) {
        UUID uuid = parseId(id, "id");
        return surveys.findById(uuid).map(survey -> {
            if (survey == null || !workspaces.contains(survey.workspaceId)) {
                throw new NotFoundException("id", "survey " + id + " not found");
            }
            return survey;
        });
    }

    @WithSession
    public Uni<Questionnaire> survey(String id) {
        caller.requireReader();
        return visibleSurvey(id).chain(this::view);
    }

    @WithSession
    public Uni<List<Question>> questionsOf(UUID surveyId) {
        return questions.ofSurvey(surveyId);
    }

    @WithSession
    public Uni<Page<Questionnaire>> surveys(Integer first, String after) {
        caller.requireReader();
        int size = Cursors.pageSize(first, 20, MAX_PAGE);
        Set<String> workspaces = caller.workspaces();
        if (workspaces.isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), false, 0));
        }
        OffsetDateTime afterCreated = null;
        UUID afterId = null;
        if (after != null) {
            String[] parts = Cursors.decode(after, "after").split("\\|", 2);
            try {
                afterCreated = OffsetDateTime.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new ValidationException("after", "not a cursor returned by this API");
            }
        }
        return surveys.page(workspaces, afterCreated, afterId, size + 1)
                .chain(page ->
                        surveys.countIn(workspaces).chain(total -> connection(page, size, Math.toIntExact(total))));
    }

    private Uni<Page<Questionnaire>> connection(List<Survey> fetched, int size, int total) {
        Page<Survey> page = Page.of(fetched, size, total);
        if (page.items().isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), false, total));
        }
        return withQuestions(page.items()).map(found -> new Page<>(found, page.hasNextPage(), total));
    }

    /** The surveys with their questions (one query for all), in the order given. */
    private Uni<List<Questionnaire>> withQuestions(List<Survey> found) {
        return questions.ofSurveys(found.stream().map(s -> s.id).toList()).map(all -> {
            Map<UUID, List<Question>> bySurvey = all.stream().collect(Collectors.groupingBy(q -> q.surveyId));
            return found.stream()
                    .map(s -> new Questionnaire(s, bySurvey.getOrDefault(s.id, List.of())))
                    .toList();
        });
    }

    /** For batching clients: the surveys among these ids that the caller may see, in no particular order. */
    @WithSession
    public Uni<List<Questionnaire>> surveysByIds(List<String> ids) {
        caller.requireReader();
        if (ids.size() > MAX_PAGE) {
            throw new ValidationException("ids", "at most " + MAX_PAGE + " ids per call");
        }
        Set<String> workspaces = caller.workspaces();
        List<UUID> uuids = new ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // not an id of ours: answered with null
            }
        }
        if (uuids.isEmpty() || workspaces.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return surveys.list("id in ?1 and workspaceId in ?2", uuids, workspaces)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(List.of()) : withQuestions(found));
    }

    @WithTransaction
    public Uni<Questionnaire> create(String workspaceId, String title, String description) {
        caller.requireAnalyst();
        String workspace = caller.targetWorkspace(workspaceId);
        Survey survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.workspaceId = workspace;
        survey.title = title(title);
        survey.description = description(description);
        survey.status = SurveyStatus.DRAFT;
        survey.createdAt = now();
        survey.updatedAt = survey.createdAt;
        return surveys.persist(survey).map(s -> new Questionnaire(s, List.of()));
    }

    @WithTransaction
    /** Fields left null are unchanged. */
    public Uni<Questionnaire> update(String id, String title, String description) {
        caller.requireAnalyst();
        return visibleSurvey(id).chain(survey -> {
            if (title != null) {
                survey.title = title(title);
            }
            if (description != null) {
                survey.description = description(description);
            }
            survey.updatedAt = now();
            return view(survey);
        });
    }

    @WithTransaction
    public Uni<Questionnaire> addQuestions(String id, List<NewQuestion> definitions) {
        caller.requireAnalyst();
        // locked: an edit or removal of a question at the same time would otherwise leave a gap in the positions
        return draftForQuestionEdit(id, "added")
                .chain(survey -> questions.ofSurvey(survey.id).chain(existing -> {
                    validator.validate(
                            definitions, existing.stream().map(q -> q.code).collect(Collectors.toSet()));
                    List<Question> added = new ArrayList<>();
                    int position = existing.size();
                    for (NewQuestion d : definitions) {
                        added.add(toQuestion(survey.id, position++, d));
                    }
                    survey.updatedAt = now();
                    return questions.persist(added).chain(() -> view(survey));
                }));
    }

    /**
     * Replaces the definition of a DRAFT survey's question (code, text, type, scale...); it keeps its place in the
     * questionnaire. A DRAFT survey has no answers (they are taken once it is OPEN), so none is reinterpreted.
     */
    @WithTransaction
    public Uni<Questionnaire> updateQuestion(String id, String code, NewQuestion definition) {
        caller.requireAnalyst();
        return draftForQuestionEdit(id, "edited")
                .chain(survey -> questions.ofSurvey(survey.id).chain(existing -> {
                    Question question = questionWithCode(existing, code);
                    validator.validateReplacement(
                            definition,
                            existing.stream()
                                    .filter(q -> q != question)
                                    .map(q -> q.code)
                                    .collect(Collectors.toSet()));
                    define(question, definition);
                    survey.updatedAt = now();
                    return questions.flush().chain(() -> view(survey));
                }));
    }

    /**
     * Removes a question from a DRAFT survey; the questions after it move up one place. Positions stay 0..n-1
     * because a stored response keeps its answers in position order.
     */
    @WithTransaction
    public Uni<Questionnaire> removeQuestion(String id, String code) {
        caller.requireAnalyst();
        return draftForQuestionEdit(id, "removed")
                .chain(survey -> questions.ofSurvey(survey.id).chain(existing -> {
                    Question removed = questionWithCode(existing, code);
                    List<Question> after = existing.stream()
                            .filter(q -> q.position > removed.position)
                            .toList();
                    survey.updatedAt = now();
                    // (survey_id, position) is unique and checked row by row: the later questions move through negative
                    // positions first, so no two rows ever hold the same place while they shift
                    return questions
                            .delete(removed)
                            .chain(questions::flush)
                            .chain(() -> {
                                after.forEach(q -> q.position = -q.position);
                                return questions.flush();
                            })
                            .chain(() -> {
                                after.forEach(q -> q.position = -q.position - 1);
                                return questions.flush();
                            })
                            .chain(() -> view(survey));
                }));
    }

    /** The survey, locked against a concurrent edit of its questions, when it is still DRAFT. */
    private Uni<Survey> draftForQuestionEdit(String id, String verb) {
        return lockedVisible(id, "surveyId").map(survey -> {
            if (survey.status != SurveyStatus.DRAFT) {
                throw new ValidationException(
                        "surveyId",
                        "questions can only be " + verb + " while the survey is DRAFT; it is " + survey.status);
            }
            return survey;
        });
    }

    /**
     * The survey, if the caller may see it, with its row locked for the transaction: changes to a survey's
     * questions and its opening take this lock, so they happen one after another.
     */
    private Uni<Survey> lockedVisible(String id, String field) {
        UUID uuid = parseId(id, field);
        Set<String> workspaces = caller.workspaces();
        return surveys.findById(uuid, LockModeType.PESSIMISTIC_WRITE).map(survey -> {
            if (survey == null || !workspaces.contains(survey.workspaceId)) {
                throw new NotFoundException(field, "survey " + id + " not found");
            }
            return survey;
        });
    }

    private static Question questionWithCode(List<Question> questions, String code) {
        return questions.stream()
                .filter(q -> q.code.equals(code))
                .findFirst()
                .orElseThrow(
                        () -> new ValidationException("code", "the survey has no question with code '" + code + "'"));
    }

    @WithTransaction
    public Uni<Questionnaire> open(String id) {
        caller.requireAnalyst();
        // locked: a question removed at the same time could otherwise open a survey without questions
        return lockedVisible(id, "id")
                .chain(survey -> questions.ofSurvey(survey.id).map(qs -> {
                    if (survey.status != SurveyStatus.DRAFT) {
                        throw new ValidationException(
                                "status", "only a DRAFT survey can be opened; it is " + survey.status);
                    }
                    if (qs.isEmpty()) {
                        throw new ValidationException("questions", "a survey needs at least one question to open");
                    }
                    survey.status = SurveyStatus.OPEN;
                    survey.updatedAt = now();
                    return new Questionnaire(survey, qs);
                }));
    }

    @WithTransaction
    public Uni<Questionnaire> close(String id) {
        caller.requireAnalyst();
        return visibleSurvey(id).chain(survey -> {
            if (survey.status != SurveyStatus.OPEN) {
                throw new ValidationException("status", "only an OPEN survey can be closed; it is " + survey.status);
            }
            survey.status = SurveyStatus.CLOSED;
            survey.updatedAt = now();
            return view(survey);
        });
    }

    private Uni<Questionnaire> view(Survey survey) {
        return questions.ofSurvey(survey.id).map(qs -> new Questionnaire(survey, qs));
    }

    private static Question toQuestion(UUID surveyId, int position, NewQuestion d) {
        Question q = new Question();
        q.id = UUID.randomUUID();
        q.surveyId = surveyId;
        q.position = position;
        define(q, d);
        return q;
    }

    /** Writes a definition onto a question, new or edited: everything but its identity and place. */
    private static void define(Question q, NewQuestion d) {
        q.code = d.code();
        q.text = d.text().strip();
        q.type = d.type();
        q.dimension = d.dimension();
        q.role = d.role();
        q.reverseCoded = Boolean.TRUE.equals(d.reverseCoded());
        q.scaleMin = d.scaleMin();
        q.scaleMax = d.scaleMax();
        q.numericMin = d.numericMin();
        q.numericMax = d.numericMax();
        q.options = d.options() == null || d.options().isEmpty() ? null : List.copyOf(d.options());
        q.missingCodes = d.missingCodes() == null || d.missingCodes().isEmpty()
                ? null
                : d.missingCodes().stream().map(String::strip).distinct().toList();
    }

    private static String title(String title) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new ValidationException("title", "title must have 1 to " + MAX_TITLE + " characters");
        }
        return title.strip();
    }

    private static String description(String description) {
        if (description != null && description.length() > 10_000) {
            throw new ValidationException("description", "description must have at most 10000 characters");
        }
        return description;
    }

    static UUID parseId(String id, String field) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(field, "survey " + id + " not found");
        }
    }

    static OffsetDateTime now() {
        // microseconds: what PostgreSQL stores, so cursors built from memory match the database
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
