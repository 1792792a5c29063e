package org.psychograph.gateway.api;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.gateway.client.PersonaDownstream;
import org.psychograph.gateway.client.Selection;
import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.PersonaInputs.CampaignResultInput;
import org.psychograph.gateway.model.PersonaInputs.PersonaPatch;
import org.psychograph.gateway.model.PersonaTypes.CampaignPerformance;
import org.psychograph.gateway.model.PersonaTypes.CampaignResult;
import org.psychograph.gateway.model.PersonaTypes.Concept;
import org.psychograph.gateway.model.PersonaTypes.Direction;
import org.psychograph.gateway.model.PersonaTypes.ExportFormat;
import org.psychograph.gateway.model.PersonaTypes.PersonaDiff;
import org.psychograph.gateway.model.PersonaTypes.PersonaExport;
import org.psychograph.gateway.model.PersonaTypes.PersonaVersion;
import org.psychograph.gateway.model.PersonaTypes.QuestionMeaning;
import org.psychograph.gateway.model.PersonaTypes.RulePack;
import org.psychograph.gateway.model.PersonaTypes.RulePackProblem;

/**
 * persona-service's operations, passed through with the caller's token. Root lists are {@code @Nullable}:
 * SmallRye makes them non-null otherwise, and a failing persona-service would then null the whole answer.
 */
@GraphQLApi
public class PersonaGraphQLApi {

    private final PersonaDownstream personas;
    /** The caller's selection: only those fields are asked of the service. */
    private final Context context;

    public PersonaGraphQLApi(PersonaDownstream personas, Context context) {
        this.personas = personas;
        this.context = context;
    }

    @Query("personas")
    @Description("The personas generated from a segmentation run, in segment order (empty until generated).")
    @Nullable
    public Uni<List<@NonNull Persona>> personas(@NonNull String runId) {
        return personas.personas(runId, selected(Persona.class));
    }

    @Query("persona")
    @Description(
            "A persona of one of the caller's workspaces, with the evidence of every statement (NOT_FOUND otherwise).")
    public Uni<Persona> persona(@NonNull @Id String id) {
        return personas.persona(id, selected(Persona.class));
    }

    @Query("personaVersions")
    @Description("Every version of a persona, oldest first: generated, regenerated and edited.")
    @Nullable
    public Uni<List<@NonNull PersonaVersion>> personaVersions(@NonNull @Id String id) {
        return personas.personaVersions(id, selected(PersonaVersion.class));
    }

    @Query("personaDiff")
    @Description("What changed between two versions of a persona.")
    public Uni<PersonaDiff> personaDiff(@NonNull @Id String id, @NonNull Integer from, @NonNull Integer to) {
        return personas.personaDiff(id, from, to, selected(PersonaDiff.class));
    }

    @Query("exportPersona")
    @Description("The persona as Markdown, JSON or a self-contained printable HTML card.")
    public Uni<PersonaExport> exportPersona(@NonNull @Id String id, @NonNull ExportFormat format) {
        return personas.exportPersona(id, format, selected(PersonaExport.class));
    }

    @Query("rulePacks")
    @Description("The built-in default pack and every version uploaded by the caller's workspaces (newest first).")
    @Nullable
    public Uni<List<@NonNull RulePack>> rulePacks() {
        return personas.rulePacks(selected(RulePack.class));
    }

    @Query("checkRulePack")
    @Description("Validates a rule pack without storing it: every problem with its line. Empty when valid.")
    @Nullable
    public Uni<List<@NonNull RulePackProblem>> checkRulePack(@NonNull String yaml) {
        return personas.checkRulePack(yaml, selected(RulePackProblem.class));
    }

    @Query("concepts")
    @Description("The concept vocabulary question meanings are read into, with both poles in words.")
    @Nullable
    public Uni<List<@NonNull Concept>> concepts() {
        return personas.concepts(selected(Concept.class));
    }

    @Query("questionMeanings")
    @Description("What each basis question of a SUCCEEDED run means for its personas (concept, pole, confidence, "
            + "and who decided it), in the run's question order.")
    @Nullable
    public Uni<List<@NonNull QuestionMeaning>> questionMeanings(@NonNull String runId) {
        return personas.questionMeanings(runId, selected(QuestionMeaning.class));
    }

    @Query("campaignPerformance")
    @Description("Open, click and conversion rates per persona against the all-segment rate. Give a runId, a "
            + "campaign, or both.")
    public Uni<CampaignPerformance> campaignPerformance(String runId, String campaign) {
        return personas.campaignPerformance(runId, campaign, selected(CampaignPerformance.class));
    }

    @Mutation("generatePersonas")
    @Description("Writes the personas of a SUCCEEDED run; idempotent per run and rule-pack version.")
    @Nullable
    public Uni<List<@NonNull Persona>> generatePersonas(@NonNull String runId) {
        return personas.generatePersonas(runId, selected(Persona.class));
    }

    @Mutation("updatePersona")
    @Description("Edits a persona: creates a version recording the edit and locks the edited fields.")
    public Uni<Persona> updatePersona(@NonNull @Id String id, @NonNull PersonaPatch patch) {
        return personas.updatePersona(id, patch, selected(Persona.class));
    }

    @Mutation("publishPersona")
    @Description("Marks a persona PUBLISHED (regeneration sets it back to DRAFT for review).")
    public Uni<Persona> publishPersona(@NonNull @Id String id) {
        return personas.publishPersona(id, selected(Persona.class));
    }

    @Mutation("correctQuestionMeaning")
    @Description("Sets what a basis question means, for every run of its survey: a concept and pole, or (both left "
            + "out) no concept. Wins over the rule pack and the automatic reading; applies from the next "
            + "generatePersonas of a run, which then writes new persona versions. Analyst or admin.")
    public Uni<QuestionMeaning> correctQuestionMeaning(
            @NonNull String runId, @NonNull String questionCode, String concept, Direction pole) {
        return personas.correctQuestionMeaning(runId, questionCode, concept, pole, selected(QuestionMeaning.class));
    }

    @Mutation("resetQuestionMeaning")
    @Description("Removes the correction of a question's meaning: it is read automatically (or by the rule pack) "
            + "again from the next generatePersonas. Analyst or admin.")
    public Uni<QuestionMeaning> resetQuestionMeaning(@NonNull String runId, @NonNull String questionCode) {
        return personas.resetQuestionMeaning(runId, questionCode, selected(QuestionMeaning.class));
    }

    @Mutation("uploadRulePack")
    @Description("Stores a rule pack (YAML or JSON) as the workspace's next, active version. Admin only.")
    public Uni<RulePack> uploadRulePack(String workspaceId, @NonNull String yaml) {
        return personas.uploadRulePack(workspaceId, yaml, selected(RulePack.class));
    }

    @Mutation("recordCampaignResult")
    @Description("Records one campaign outcome for a persona's segment.")
    public Uni<CampaignResult> recordCampaignResult(@NonNull CampaignResultInput input) {
        return personas.recordCampaignResult(input, selected(CampaignResult.class));
    }

    /** The caller's selection on the answer's objects: only those fields are asked of the service. */
    private Selection selected(Class<?> type) {
        return Selection.of(type, context.getSelectedFields());
    }
}
