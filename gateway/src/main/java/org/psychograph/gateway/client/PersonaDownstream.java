package org.psychograph.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
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
 * persona-service's operations (graphql/persona.graphql), each asking for the caller's selection, under the service's
 * fault-tolerance policy ({@link DownstreamGuard}).
 */
@ApplicationScoped
public class PersonaDownstream {

    private final DownstreamCalls calls;

    PersonaDownstream(GraphQLTransport transport, Config config) {
        this.calls = new DownstreamCalls(DownstreamService.PERSONA, transport, config);
    }

    public Uni<List<Persona>> personas(String runId, Selection fields) {
        return calls.send(DownstreamOperation.PERSONAS, Map.of("runId", runId), fields);
    }

    /** One list of personas per run id, in the order asked. */
    public Uni<List<List<Persona>>> personasOfRuns(List<String> runIds, Selection fields) {
        return calls.send(DownstreamOperation.PERSONAS_OF_RUNS, Map.of("runIds", runIds), fields);
    }

    public Uni<Persona> persona(String id, Selection fields) {
        return calls.send(DownstreamOperation.PERSONA, Map.of("id", id), fields);
    }

    public Uni<List<PersonaVersion>> personaVersions(String id, Selection fields) {
        return calls.send(DownstreamOperation.PERSONA_VERSIONS, Map.of("id", id), fields);
    }

    public Uni<PersonaDiff> personaDiff(String id, Integer from, Integer to, Selection fields) {
        return calls.send(
                DownstreamOperation.PERSONA_DIFF, GraphQLTransport.variables("id", id, "from", from, "to", to), fields);
    }

    public Uni<PersonaExport> exportPersona(String id, ExportFormat format, Selection fields) {
        return calls.send(
                DownstreamOperation.EXPORT_PERSONA, GraphQLTransport.variables("id", id, "format", format), fields);
    }

    public Uni<List<RulePack>> rulePacks(Selection fields) {
        return calls.send(DownstreamOperation.RULE_PACKS, Map.of(), fields);
    }

    public Uni<List<RulePackProblem>> checkRulePack(String yaml, Selection fields) {
        return calls.send(DownstreamOperation.CHECK_RULE_PACK, GraphQLTransport.variables("yaml", yaml), fields);
    }

    public Uni<CampaignPerformance> campaignPerformance(String runId, String campaign, Selection fields) {
        return calls.send(
                DownstreamOperation.CAMPAIGN_PERFORMANCE,
                GraphQLTransport.variables("runId", runId, "campaign", campaign),
                fields);
    }

    public Uni<List<Concept>> concepts(Selection fields) {
        return calls.send(DownstreamOperation.CONCEPTS, Map.of(), fields);
    }

    public Uni<List<QuestionMeaning>> questionMeanings(String runId, Selection fields) {
        return calls.send(DownstreamOperation.QUESTION_MEANINGS, GraphQLTransport.variables("runId", runId), fields);
    }

    public Uni<QuestionMeaning> correctQuestionMeaning(
            String runId, String questionCode, String concept, Direction pole, Selection fields) {
        return calls.send(
                DownstreamOperation.CORRECT_QUESTION_MEANING,
                GraphQLTransport.variables(
                        "runId", runId, "questionCode", questionCode, "concept", concept, "pole", pole),
                fields);
    }

    public Uni<QuestionMeaning> resetQuestionMeaning(String runId, String questionCode, Selection fields) {
        return calls.send(
                DownstreamOperation.RESET_QUESTION_MEANING,
                GraphQLTransport.variables("runId", runId, "questionCode", questionCode),
                fields);
    }

    public Uni<List<Persona>> generatePersonas(String runId, Selection fields) {
        return calls.send(DownstreamOperation.GENERATE_PERSONAS, GraphQLTransport.variables("runId", runId), fields);
    }

    public Uni<Persona> updatePersona(String id, PersonaPatch patch, Selection fields) {
        return calls.send(
                DownstreamOperation.UPDATE_PERSONA, GraphQLTransport.variables("id", id, "patch", patch), fields);
    }

    public Uni<Persona> publishPersona(String id, Selection fields) {
        return calls.send(DownstreamOperation.PUBLISH_PERSONA, Map.of("id", id), fields);
    }

    public Uni<RulePack> uploadRulePack(String workspaceId, String yaml, Selection fields) {
        return calls.send(
                DownstreamOperation.UPLOAD_RULE_PACK,
                GraphQLTransport.variables("workspaceId", workspaceId, "yaml", yaml),
                fields);
    }

    public Uni<CampaignResult> recordCampaignResult(CampaignResultInput input, Selection fields) {
        return calls.send(DownstreamOperation.RECORD_CAMPAIGN_RESULT, Map.of("input", input), fields);
    }
}
