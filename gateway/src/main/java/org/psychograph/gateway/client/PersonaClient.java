package org.psychograph.gateway.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.PersonaInputs.CampaignResultInput;
import org.psychograph.gateway.model.PersonaInputs.PersonaPatch;
import org.psychograph.gateway.model.PersonaTypes.CampaignPerformance;
import org.psychograph.gateway.model.PersonaTypes.CampaignResult;
import org.psychograph.gateway.model.PersonaTypes.Concept;
import org.psychograph.gateway.model.PersonaTypes.Direction;
import org.psychograph.gateway.model.PersonaTypes.ExportFormat;
import org.psychograph.gateway.model.PersonaTypes.QuestionMeaning;
import org.psychograph.gateway.model.PersonaTypes.PersonaDiff;
import org.psychograph.gateway.model.PersonaTypes.PersonaExport;
import org.psychograph.gateway.model.PersonaTypes.PersonaVersion;
import org.psychograph.gateway.model.PersonaTypes.RulePack;
import org.psychograph.gateway.model.PersonaTypes.RulePackProblem;

/**
 * persona-service's GraphQL API (graphql/persona.graphql, still changing: adjust here and in
 * {@link PersonaDownstream} only). Package-private.
 */
@GraphQLClientApi(configKey = "persona")
@Header(name = "Authorization", method = "org.psychograph.gateway.security.CallerToken.authorization")
interface PersonaClient {

    List<PersonaVersion> personaVersions(@NonNull @Id String id);

    PersonaDiff personaDiff(@NonNull @Id String id, @NonNull Integer from, @NonNull Integer to);

    PersonaExport exportPersona(@NonNull @Id String id, @NonNull ExportFormat format);

    List<RulePack> rulePacks();

    List<RulePackProblem> checkRulePack(@NonNull String yaml);

    CampaignPerformance campaignPerformance(String runId, String campaign);

    List<Concept> concepts();

    List<QuestionMeaning> questionMeanings(@NonNull String runId);

    @Mutation
    QuestionMeaning correctQuestionMeaning(@NonNull String runId, @NonNull String questionCode, String concept,
            Direction pole);

    @Mutation
    QuestionMeaning resetQuestionMeaning(@NonNull String runId, @NonNull String questionCode);

    @Mutation
    List<Persona> generatePersonas(@NonNull String runId);

    @Mutation
    Persona updatePersona(@NonNull @Id String id, @NonNull PersonaPatch patch);

    @Mutation
    Persona publishPersona(@NonNull @Id String id);

    @Mutation
    RulePack uploadRulePack(String workspaceId, @NonNull String yaml);

    @Mutation
    CampaignResult recordCampaignResult(@NonNull CampaignResultInput input);
}
