package org.psychograph.persona.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.generation.Meanings;
import org.psychograph.persona.meaning.Concept;
import org.psychograph.persona.meaning.ConceptVocabulary;
import org.psychograph.persona.repository.MeaningCorrectionRepository;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.security.Caller;

/**
 * What each basis question of a run means for its personas, and an analyst's corrections of it. Corrections are
 * kept per survey (every run of it uses them) and apply from the next {@code generatePersonas} of a run.
 */
@ApplicationScoped
public class QuestionMeaningService {

    private final VisibleRuns runs;
    private final RulePackService rulePacks;
    private final MeaningCorrectionRepository corrections;
    private final Caller caller;

    public QuestionMeaningService(
            VisibleRuns runs, RulePackService rulePacks, MeaningCorrectionRepository corrections, Caller caller) {
        this.runs = runs;
        this.rulePacks = rulePacks;
        this.corrections = corrections;
        this.caller = caller;
    }

    public List<Concept> concepts() {
        caller.requireReader();
        return ConceptVocabulary.defaults().all();
    }

    /** The meaning of every basis question of the run, in the run's question order. */
    public Uni<List<QuestionReading>> ofRun(String runId) {
        caller.requireReader();
        return runs.succeeded(runId, caller.workspaces())
                .chain(run -> readings(run)
                        .chain(meanings -> OffLoop.compute(() ->
                                basis(run).stream().map(p -> view(p, meanings)).toList())));
    }

    /**
     * Sets what a question means (concept null: it measures no concept; pole then null too). An analyst's
     * correction wins over the rule pack and the automatic reading.
     */
    public Uni<QuestionReading> correct(String runId, String questionCode, String concept, Direction pole) {
        caller.requireAnalyst();
        checkConcept(concept, pole);
        String author = caller.name();
        return runs.succeeded(runId, caller.workspaces()).chain(run -> {
            ProfileEntry question = question(run, questionCode);
            // one statement, so two analysts correcting the same question at once both succeed (the later wins)
            return Panache.withTransaction(() -> corrections.upsert(
                            run.workspaceId(), run.lineage(), questionCode, concept, pole, author, Clock.now()))
                    .chain(() -> readings(run))
                    .chain(meanings -> OffLoop.compute(() -> view(question, meanings)));
        });
    }

    /** Removes an analyst's correction: the question is read automatically (or by the rule pack) again. */
    public Uni<QuestionReading> reset(String runId, String questionCode) {
        caller.requireAnalyst();
        return runs.succeeded(runId, caller.workspaces()).chain(run -> {
            ProfileEntry question = question(run, questionCode);
            return Panache.withTransaction(() -> corrections.delete(
                            "workspaceId = ?1 and surveyId = ?2 and questionCode = ?3",
                            run.workspaceId(),
                            run.lineage(),
                            questionCode))
                    .chain(() -> readings(run))
                    .chain(meanings -> OffLoop.compute(() -> view(question, meanings)));
        });
    }

    private Uni<Meanings> readings(Run run) {
        return rulePacks
                .active(run.workspaceId())
                .chain(pack -> Panache.withSession(() -> corrections.ofSurvey(run.workspaceId(), run.lineage()))
                        .map(rows -> new Meanings(
                                pack.rules(), MeaningCorrections.of(rows).overrides())));
    }

    private static QuestionReading view(ProfileEntry p, Meanings meanings) {
        return new QuestionReading(
                p.questionCode(), p.questionText(), meanings.read(p.questionCode(), p.questionText()));
    }

    /** The run's basis questions: the profile every segment has, in the run's order. */
    private static List<ProfileEntry> basis(Run run) {
        return run.segments().get(0).profile();
    }

    private static ProfileEntry question(Run run, String code) {
        Optional<ProfileEntry> found =
                basis(run).stream().filter(p -> p.questionCode().equals(code)).findFirst();
        return found.orElseThrow(() -> new ValidationException(
                "questionCode", "run " + run.id() + " has no basis question " + RunIds.shown(code)));
    }

    private static void checkConcept(String concept, Direction pole) {
        if (concept == null) {
            if (pole != null) {
                throw new ValidationException("pole", "a pole needs a concept; leave both out for \"no concept\"");
            }
            return;
        }
        if (!ConceptVocabulary.defaults().has(concept)) {
            throw new ValidationException(
                    "concept",
                    "unknown concept " + RunIds.shown(concept) + "; the vocabulary has: "
                            + String.join(", ", ConceptVocabulary.defaults().ids()));
        }
        if (pole == null) {
            throw new ValidationException("pole", "concept " + concept + " needs a pole: HIGH or LOW");
        }
    }
}
