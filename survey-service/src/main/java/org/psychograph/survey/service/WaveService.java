package org.psychograph.survey.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psychograph.survey.error.NotFoundException;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.model.SurveyStatus;
import org.psychograph.survey.repository.QuestionRepository;
import org.psychograph.survey.repository.SurveyRepository;
import org.psychograph.survey.repository.TrackerReads;
import org.psychograph.survey.security.Caller;

/**
 * Surveys fielded in waves. A wave is a survey of its own, linked to the others of its tracker, so that a panel
 * respondent interviewed again keeps their id: imports, locking, data quality and the response matrix work per wave
 * unchanged (docs/adr/0014-survey-waves-as-linked-surveys.md).
 */
@ApplicationScoped
public class WaveService {

    private final SurveyRepository surveys;
    private final QuestionRepository questions;
    private final TrackerReads reads;
    private final Caller caller;

    public WaveService(SurveyRepository surveys, QuestionRepository questions, TrackerReads reads, Caller caller) {
        this.surveys = surveys;
        this.questions = questions;
        this.reads = reads;
        this.caller = caller;
    }

    /**
     * A new DRAFT wave with copies of the source survey's questions, in the source's tracker; a source without waves
     * becomes the tracker's first wave ("Wave 1"). {@code title} null: the source's title and the label.
     */
    @WithTransaction
    public Uni<Questionnaire> createWave(
            String surveyId, String label, LocalDate fieldedFrom, LocalDate fieldedTo, String title) {
        caller.requireAnalyst();
        if (label == null) {
            throw new ValidationException("input.label", "label is required");
        }
        WaveDetails details = new WaveDetails(label, fieldedFrom, fieldedTo);
        UUID sourceId = SurveyService.parseId(surveyId, "surveyId");
        return lockedTracker(sourceId, surveyId).chain(tracker -> {
            Survey source = tracker.survey(sourceId);
            if (source.trackerId == null) {
                source.trackerId = source.id;
                source.waveLabel = WaveDetails.FIRST_WAVE;
                source.updatedAt = SurveyService.now();
            }
            if (tracker.labelTaken(details.label(), null)) {
                throw labelTaken(details.label());
            }
            Survey wave = newWave(source, details, waveTitle(title, source, details.label()));
            return questions.ofSurvey(source.id).chain(asked -> {
                List<Question> copies =
                        asked.stream().map(q -> copy(q, wave.id)).toList();
                return surveys.persist(wave)
                        .chain(() -> copies.isEmpty() ? Uni.createFrom().voidItem() : questions.persist(copies))
                        .map(done -> new Questionnaire(wave, copies));
            });
        });
    }

    /** Sets a survey's wave label and fielding period; a survey without waves becomes wave 1 of its own tracker. */
    @WithTransaction
    public Uni<Questionnaire> updateWave(String surveyId, String label, LocalDate fieldedFrom, LocalDate fieldedTo) {
        caller.requireAnalyst();
        WaveDetails details = new WaveDetails(label, fieldedFrom, fieldedTo);
        UUID id = SurveyService.parseId(surveyId, "surveyId");
        return lockedTracker(id, surveyId).chain(tracker -> {
            Survey wave = tracker.survey(id);
            if (wave.trackerId == null) {
                wave.trackerId = wave.id;
            }
            details.applyTo(wave);
            if (tracker.labelTaken(wave.waveLabel, wave.id)) {
                throw labelTaken(wave.waveLabel);
            }
            wave.updatedAt = SurveyService.now();
            return questions.ofSurvey(id).map(qs -> new Questionnaire(wave, qs));
        });
    }

    /** For each survey id, in order: its wave, or null when it is not part of a tracker. One query for all. */
    public Uni<List<Wave>> wavesOf(List<UUID> surveyIds) {
        caller.requireReader();
        return trackersOf(surveyIds).map(trackers -> {
            List<Wave> waves = new ArrayList<>(surveyIds.size());
            for (int i = 0; i < surveyIds.size(); i++) {
                waves.add(trackers.get(i).waveOf(surveyIds.get(i)));
            }
            return waves;
        });
    }

    /** For each survey id, in order: all waves of its tracker in order (just itself without one). Two queries. */
    public Uni<List<List<Questionnaire>>> trackerWavesOf(List<UUID> surveyIds) {
        caller.requireReader();
        return trackersOf(surveyIds).chain(trackers -> {
            List<UUID> all = trackers.stream()
                    .flatMap(t -> t.surveys().stream())
                    .map(s -> s.id)
                    .distinct()
                    .toList();
            if (all.isEmpty()) {
                return Uni.createFrom()
                        .item(trackers.stream()
                                .map(t -> List.<Questionnaire>of())
                                .toList());
            }
            return reads.questionsOf(all).map(found -> {
                Map<UUID, List<Question>> bySurvey = found.stream().collect(Collectors.groupingBy(q -> q.surveyId));
                return trackers.stream()
                        .map(t -> t.surveys().stream()
                                .map(s -> new Questionnaire(s, bySurvey.getOrDefault(s.id, List.of())))
                                .toList())
                        .toList();
            });
        });
    }

    /** For each survey id, in order, its tracker (the survey alone without one; empty if it is not visible). */
    private Uni<List<Tracker>> trackersOf(List<UUID> surveyIds) {
        if (surveyIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return reads.wavesBeside(surveyIds, caller.workspaces()).map(found -> {
            Map<UUID, Survey> byId = found.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            Map<UUID, List<Survey>> byTracker =
                    found.stream().filter(s -> s.trackerId != null).collect(Collectors.groupingBy(s -> s.trackerId));
            return surveyIds.stream()
                    .map(id -> {
                        Survey survey = byId.get(id);
                        if (survey == null) {
                            return new Tracker(List.of());
                        }
                        return new Tracker(
                                survey.trackerId == null ? List.of(survey) : byTracker.get(survey.trackerId));
                    })
                    .toList();
        });
    }

    /** The survey's tracker, locked for this transaction; NOT_FOUND when the caller may not see the survey. */
    private Uni<Tracker> lockedTracker(UUID surveyId, String asked) {
        return surveys.trackerOf(surveyId, caller.workspaces())
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("surveyId", "survey " + asked + " not found"))
                .chain(surveys::lockTracker)
                .map(Tracker::new);
    }

    private static Survey newWave(Survey source, WaveDetails details, String title) {
        Survey wave = new Survey();
        wave.id = UUID.randomUUID();
        wave.workspaceId = source.workspaceId;
        wave.title = title;
        wave.description = source.description;
        wave.status = SurveyStatus.DRAFT;
        wave.createdAt = SurveyService.now();
        wave.updatedAt = wave.createdAt;
        wave.trackerId = source.trackerId;
        wave.waveLabel = details.label();
        wave.fieldedFrom = details.fieldedFrom();
        wave.fieldedTo = details.fieldedTo();
        return wave;
    }

    private static String waveTitle(String given, Survey source, String label) {
        if (given != null) {
            String title = given.strip();
            if (title.isEmpty() || title.length() > SurveyService.MAX_TITLE) {
                throw new ValidationException(
                        "input.title", "title must have 1 to " + SurveyService.MAX_TITLE + " characters");
            }
            return title;
        }
        String title = source.title + " — " + label;
        if (title.length() > SurveyService.MAX_TITLE) {
            throw new ValidationException(
                    "input.title",
                    "the source's title and the label together have more than " + SurveyService.MAX_TITLE
                            + " characters: give the wave a title");
        }
        return title;
    }

    /** The same question in another survey: every field but the id and the survey is kept. */
    private static Question copy(Question q, UUID surveyId) {
        Question c = new Question();
        c.id = UUID.randomUUID();
        c.surveyId = surveyId;
        c.position = q.position;
        c.code = q.code;
        c.text = q.text;
        c.type = q.type;
        c.dimension = q.dimension;
        c.role = q.role;
        c.reverseCoded = q.reverseCoded;
        c.scaleMin = q.scaleMin;
        c.scaleMax = q.scaleMax;
        c.numericMin = q.numericMin;
        c.numericMax = q.numericMax;
        c.options = q.options == null ? null : List.copyOf(q.options);
        c.missingCodes = q.missingCodes == null ? null : List.copyOf(q.missingCodes);
        return c;
    }

    private static ValidationException labelTaken(String label) {
        return new ValidationException("input.label", "the tracker already has a wave labelled \"" + label + "\"");
    }
}
