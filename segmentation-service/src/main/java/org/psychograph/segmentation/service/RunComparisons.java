package org.psychograph.segmentation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.psychograph.segmentation.clustering.Assigner;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.clustering.tracking.RunAssignments;
import org.psychograph.segmentation.clustering.tracking.RunComparison;
import org.psychograph.segmentation.clustering.tracking.RunComparisonReport;
import org.psychograph.segmentation.clustering.tracking.RunSegments;
import org.psychograph.segmentation.error.ValidationException;
import org.psychograph.segmentation.model.PlacementColumns;
import org.psychograph.segmentation.model.RunStatus;
import org.psychograph.segmentation.model.SegmentationRun;
import org.psychograph.segmentation.repository.AssignmentRepository;
import org.psychograph.segmentation.repository.RunRepository;
import org.psychograph.segmentation.security.Caller;

/**
 * Two runs side by side (a refit on a later wave, or another seed on the same data): their segments matched by
 * centre, and the respondents both runs placed cross-tabulated. Centres are compared in the answers' original
 * units, so runs with different standardisation still line up.
 */
@ApplicationScoped
public class RunComparisons {

    /** How many of a survey's newest runs are searched for a refit on the same questions. */
    static final int REFIT_SEARCH = 20;

    private final SegmentationService runs;
    private final RunRepository stored;
    private final AssignmentRepository placements;
    private final Caller caller;

    public RunComparisons(
            SegmentationService runs, RunRepository stored, AssignmentRepository placements, Caller caller) {
        this.runs = runs;
        this.stored = stored;
        this.placements = placements;
        this.caller = caller;
    }

    /**
     * The newest SUCCEEDED run clustered afresh on {@code surveyId} with the model run's basis questions (a wave
     * refitted, to see how far the centres moved), by id; null when the wave has none.
     */
    @WithSession
    public Uni<String> refitOf(String modelRunId, String surveyId) {
        Set<String> workspaces = caller.workspaces();
        return runs.findVisible(modelRunId, workspaces)
                .chain(model -> stored.ofSurvey(workspaces, surveyId, null, null, REFIT_SEARCH)
                        .map(candidates -> candidates.stream()
                                .filter(r ->
                                        r.status == RunStatus.SUCCEEDED && r.model != null && !r.id.equals(model.id))
                                .filter(r ->
                                        Set.copyOf(r.config.basisCodes()).equals(Set.copyOf(model.config.basisCodes())))
                                .map(r -> r.id.toString())
                                .findFirst()
                                .orElse(null)));
    }

    public Uni<RunComparisonReport> compare(String a, String b) {
        caller.requireReader();
        Set<String> workspaces = caller.workspaces();
        return runs.findVisible(a, workspaces)
                .chain(runA -> runs.findVisible(b, workspaces).chain(runB -> {
                    SegmentationModel modelA = model(runA, "a");
                    SegmentationModel modelB = model(runB, "b");
                    List<String> codesA = List.of(modelA.preparation().variableCodes());
                    List<String> codesB = List.of(modelB.preparation().variableCodes());
                    if (!Set.copyOf(codesA).equals(Set.copyOf(codesB))) {
                        throw new ValidationException(
                                "b",
                                "run " + b + " was fitted on basis questions " + codesB + ", run " + a + " on " + codesA
                                        + ": only runs on the same questions compare");
                    }
                    return placements
                            .all(runA.id, true)
                            .chain(placedA -> placements
                                    .all(runB.id, true)
                                    .emitOn(Infrastructure.getDefaultWorkerPool())
                                    .map(placedB -> RunComparison.compare(
                                            segments(modelA, codesA, placedA),
                                            segments(modelB, codesA, placedB),
                                            assignments(placedA),
                                            assignments(placedB))));
                }));
    }

    private static SegmentationModel model(SegmentationRun run, String field) {
        if (run.status != RunStatus.SUCCEEDED || run.model == null) {
            throw new ValidationException(field, "run " + run.id + " has no segments to compare (" + run.status + ")");
        }
        return SegmentationModel.fromBytes(run.model);
    }

    /** A run's centres in original units, with its variables in {@code order}, and its segment sizes. */
    private static RunSegments segments(SegmentationModel model, List<String> order, PlacementColumns placed) {
        double[][] prepared = Assigner.segmentCentres(model);
        List<String> own = List.of(model.preparation().variableCodes());
        double[][] centres = new double[prepared.length][order.size()];
        for (int s = 0; s < prepared.length; s++) {
            double[] original = model.preparation().toOriginalUnits(prepared[s]);
            for (int j = 0; j < order.size(); j++) {
                centres[s][j] = original[own.indexOf(order.get(j))];
            }
        }
        long[] sizes = new long[prepared.length];
        for (int i = 0; i < placed.size(); i++) {
            sizes[placed.segment(i)]++;
        }
        return new RunSegments(order, centres, sizes);
    }

    private static RunAssignments assignments(PlacementColumns placed) {
        String[] ids = new String[placed.size()];
        Arrays.setAll(ids, placed::id);
        return new RunAssignments(ids, placed.segments());
    }
}
