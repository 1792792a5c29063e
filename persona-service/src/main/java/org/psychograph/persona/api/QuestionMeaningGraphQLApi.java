package org.psychograph.persona.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.persona.api.types.ConceptView;
import org.psychograph.persona.api.types.QuestionMeaningView;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.service.QuestionMeaningService;

/** How personas read a run's questions, and an analyst's corrections; thin: the service checks. */
@GraphQLApi
public class QuestionMeaningGraphQLApi {

    private final QuestionMeaningService meanings;

    public QuestionMeaningGraphQLApi(QuestionMeaningService meanings) {
        this.meanings = meanings;
    }

    @Query("concepts")
    @Description("The concept vocabulary question meanings are read into, with both poles in words.")
    public @NonNull List<@NonNull ConceptView> concepts() {
        return meanings.concepts().stream().map(ConceptView::of).toList();
    }

    @Query("questionMeanings")
    @Description("What each basis question of a SUCCEEDED run means for its personas (concept, pole, confidence, "
            + "and who decided it), in the run's question order.")
    public Uni<@NonNull List<@NonNull QuestionMeaningView>> questionMeanings(@NonNull String runId) {
        return meanings.ofRun(runId)
                .map(list -> list.stream().map(QuestionMeaningView::of).toList());
    }

    @Mutation("correctQuestionMeaning")
    @Description("Sets what a basis question means, for every run of its survey: a concept and pole, or (both left "
            + "out) no concept. Wins over the rule pack and the automatic reading; applies from the next "
            + "generatePersonas of a run, which then writes new persona versions. Analyst or admin.")
    public Uni<@NonNull QuestionMeaningView> correctQuestionMeaning(
            @NonNull String runId, @NonNull String questionCode, String concept, Direction pole) {
        return meanings.correct(runId, questionCode, concept, pole).map(QuestionMeaningView::of);
    }

    @Mutation("resetQuestionMeaning")
    @Description("Removes the correction of a question's meaning: it is read automatically (or by the rule pack) "
            + "again from the next generatePersonas. Analyst or admin.")
    public Uni<@NonNull QuestionMeaningView> resetQuestionMeaning(@NonNull String runId, @NonNull String questionCode) {
        return meanings.reset(runId, questionCode).map(QuestionMeaningView::of);
    }
}
