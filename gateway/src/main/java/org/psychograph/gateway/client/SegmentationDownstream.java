package org.psychograph.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.psychograph.gateway.model.SegmentationTypes.AnswerValueInput;
import org.psychograph.gateway.model.SegmentationTypes.AssignmentConnection;
import org.psychograph.gateway.model.SegmentationTypes.ModelApplication;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.RunComparison;
import org.psychograph.gateway.model.SegmentationTypes.RunConnection;
import org.psychograph.gateway.model.SegmentationTypes.SegmentPlacement;
import org.psychograph.gateway.model.SegmentationTypes.SegmentationInput;
import org.psychograph.gateway.model.SegmentationTypes.TypingToolExport;
import org.psychograph.gateway.model.SegmentationTypes.TypingToolFormat;

/**
 * segmentation-service's operations (graphql/segmentation.graphql), including its batching queries, each asking for
 * the caller's selection, under the service's fault-tolerance policy ({@link DownstreamGuard}).
 */
@ApplicationScoped
public class SegmentationDownstream {

    private final DownstreamCalls calls;

    SegmentationDownstream(GraphQLTransport transport, Config config) {
        this.calls = new DownstreamCalls(DownstreamService.SEGMENTATION, transport, config);
    }

    public Uni<Run> run(String id, Selection fields) {
        return calls.send(DownstreamOperation.RUN, Map.of("id", id), fields);
    }

    public Uni<RunConnection> runs(String surveyId, Integer first, String after, Selection fields) {
        return calls.send(
                DownstreamOperation.RUNS,
                GraphQLTransport.variables("surveyId", surveyId, "first", first, "after", after),
                fields);
    }

    /** Runs by id in the order asked, null where the caller may not see one. */
    public Uni<List<Run>> runsByIds(List<String> ids, Selection fields) {
        return calls.send(DownstreamOperation.RUNS_BY_IDS, Map.of("ids", ids), fields);
    }

    /** One list of runs per survey id, in the order asked. */
    public Uni<List<List<Run>>> runsOfSurveys(List<String> surveyIds, Selection fields) {
        return calls.send(DownstreamOperation.RUNS_OF_SURVEYS, Map.of("surveyIds", surveyIds), fields);
    }

    public Uni<AssignmentConnection> assignments(String runId, Integer first, String after, Selection fields) {
        return calls.send(
                DownstreamOperation.ASSIGNMENTS,
                GraphQLTransport.variables("runId", runId, "first", first, "after", after),
                fields);
    }

    public Uni<Run> startSegmentation(SegmentationInput input, Selection fields) {
        return calls.send(DownstreamOperation.START_SEGMENTATION, Map.of("input", input), fields);
    }

    public Uni<Run> cancelRun(String id, Selection fields) {
        return calls.send(DownstreamOperation.CANCEL_RUN, Map.of("id", id), fields);
    }

    public Uni<Run> chooseK(String runId, Integer k, Selection fields) {
        return calls.send(DownstreamOperation.CHOOSE_K, GraphQLTransport.variables("runId", runId, "k", k), fields);
    }

    /** A read in effect, but a mutation downstream: not retried, like every mutation. */
    public Uni<TypingToolExport> exportTypingTool(String runId, TypingToolFormat format, Selection fields) {
        return calls.send(
                DownstreamOperation.EXPORT_TYPING_TOOL,
                GraphQLTransport.variables("runId", runId, "format", format),
                fields);
    }

    public Uni<SegmentPlacement> assignSegment(String runId, List<AnswerValueInput> answers, Selection fields) {
        return calls.send(DownstreamOperation.ASSIGN_SEGMENT, Map.of("runId", runId, "answers", answers), fields);
    }

    public Uni<RunComparison> compareRuns(String a, String b, Selection fields) {
        return calls.send(DownstreamOperation.COMPARE_RUNS, Map.of("a", a, "b", b), fields);
    }

    public Uni<ModelApplication> applyModel(String runId, String surveyId, Selection fields) {
        return calls.send(DownstreamOperation.APPLY_MODEL, Map.of("runId", runId, "surveyId", surveyId), fields);
    }

    public Uni<ModelApplication> modelApplication(String id, Selection fields) {
        return calls.send(DownstreamOperation.MODEL_APPLICATION, Map.of("id", id), fields);
    }

    public Uni<List<ModelApplication>> modelApplications(String runId, Selection fields) {
        return calls.send(DownstreamOperation.MODEL_APPLICATIONS, Map.of("runId", runId), fields);
    }

    public Uni<AssignmentConnection> appliedAssignments(
            String applicationId, Integer first, String after, Selection fields) {
        return calls.send(
                DownstreamOperation.APPLIED_ASSIGNMENTS,
                GraphQLTransport.variables("applicationId", applicationId, "first", first, "after", after),
                fields);
    }
}
