package org.psychograph.survey.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.psychograph.survey.api.types.Inputs.CreateWave;
import org.psychograph.survey.api.types.Inputs.UpdateWave;
import org.psychograph.survey.api.types.SurveyView;
import org.psychograph.survey.api.types.WaveView;
import org.psychograph.survey.service.WaveService;

/**
 * Surveys fielded in waves: the wave mutations, and {@code Survey.wave} / {@code Survey.waves} resolved for a whole
 * list of surveys at once (one query per field per level, not one per survey).
 */
@GraphQLApi
public class WaveGraphQLApi {

    private final WaveService waves;

    public WaveGraphQLApi(WaveService waves) {
        this.waves = waves;
    }

    @Mutation("createWave")
    @Description("A new DRAFT survey in the same workspace and tracker as the given one, with copies of all its "
            + "questions (same codes, so files and analyses carry over); a survey without waves becomes the "
            + "tracker's \"Wave 1\". Each wave takes its own responses: a panel respondent keeps their id in every "
            + "wave.")
    public Uni<@NonNull SurveyView> createWave(@NonNull @Id String surveyId, @NonNull CreateWave input) {
        return waves.createWave(surveyId, input.label(), input.fieldedFrom(), input.fieldedTo(), input.title())
                .map(SurveyView::of);
    }

    @Mutation("updateWave")
    @Description("Sets a survey's wave label and fielding period; a survey without waves becomes wave 1 of a "
            + "tracker of its own.")
    public Uni<@NonNull SurveyView> updateWave(@NonNull @Id String surveyId, @NonNull UpdateWave input) {
        return waves.updateWave(surveyId, input.label(), input.fieldedFrom(), input.fieldedTo())
                .map(SurveyView::of);
    }

    @Name("wave")
    @Description("The survey's wave in its tracker; null when the survey is not fielded in waves.")
    public Uni<List<WaveView>> wave(@Source List<SurveyView> surveys) {
        return waves.wavesOf(ids(surveys))
                .map(found -> found.stream().map(WaveView::of).toList());
    }

    @Name("waves")
    @Description("All waves of the survey's tracker in the order of their numbers; just this survey when it is not "
            + "fielded in waves.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull SurveyView>>> waves(@Source List<SurveyView> surveys) {
        return waves.trackerWavesOf(ids(surveys))
                .map(found -> found.stream()
                        .map(tracker -> tracker.stream().map(SurveyView::of).toList())
                        .toList());
    }

    private static List<UUID> ids(List<SurveyView> surveys) {
        return surveys.stream().map(s -> UUID.fromString(s.id())).toList();
    }
}
