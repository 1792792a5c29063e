package org.psychograph.gateway.api;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.psychograph.gateway.client.PersonaDownstream;
import org.psychograph.gateway.client.SegmentationDownstream;
import org.psychograph.gateway.client.Selection;
import org.psychograph.gateway.client.SurveyDownstream;
import org.psychograph.gateway.config.BatchLimits;
import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.Segment;
import org.psychograph.gateway.model.SurveyTypes.Survey;

/**
 * The fields that join the services. Each is a batched resolver: SmallRye GraphQL hands it every parent of
 * one level of the query at once, and it makes ONE downstream request for all of them, whatever their
 * number (up to {@code psychograph.gateway.batch.max-keys} distinct parents per request). Each answers a list of the parents' size and order. These fields are nullable, so a service that
 * is unavailable leaves them null (with an UNAVAILABLE error) and keeps the rest of the answer.
 */
@GraphQLApi
public class CrossServiceGraphQLApi {

    private final SurveyDownstream surveys;
    private final SegmentationDownstream segmentation;
    private final PersonaDownstream personas;
    private final int maxKeys;
    /** The caller's selection under the field being resolved: only those fields are asked of the service. */
    private final Context context;

    public CrossServiceGraphQLApi(
            SurveyDownstream surveys,
            SegmentationDownstream segmentation,
            PersonaDownstream personas,
            BatchLimits batches,
            Context context) {
        this.context = context;
        this.surveys = surveys;
        this.segmentation = segmentation;
        this.personas = personas;
        this.maxKeys = batches.maxKeys();
    }

    @Description("The survey's segmentation runs (segmentation-service)")
    public Uni<List<List<@NonNull Run>>> runs(@Source List<Survey> parents) {
        Selection fields = selected(Run.class);
        return Batches.perSource(
                parents, Survey::getId, ids -> segmentation.runsOfSurveys(ids, fields), "runsOfSurveys", maxKeys);
    }

    @Description("The survey the run segments (survey-service)")
    public Uni<List<Survey>> survey(@Source List<Run> parents) {
        Selection fields = selected(Survey.class);
        return Batches.perSource(
                parents, Run::getSurveyId, ids -> surveys.surveysByIds(ids, fields), "surveysByIds", maxKeys);
    }

    @Description("The personas generated from the run, in segment order (persona-service)")
    public Uni<List<List<@NonNull Persona>>> personas(@Source List<Run> parents) {
        Selection fields = selected(Persona.class);
        return Batches.perSource(
                parents, Run::getId, ids -> personas.personasOfRuns(ids, fields), "personasOfRuns", maxKeys);
    }

    @Description("The persona whose current version portrays this segment (persona-service); null until "
            + "generated, and for an older run's segment once the persona was regenerated from a newer run")
    public Uni<List<Persona>> persona(@Source List<Segment> parents) {
        Selection fields = selected(Persona.class);
        return Batches.perSource(
                        parents,
                        Segment::getRunId,
                        ids -> personas.personasOfRuns(ids, fields),
                        "personasOfRuns",
                        maxKeys)
                .map(ofRuns -> {
                    List<Persona> found = new ArrayList<>(parents.size());
                    for (int i = 0; i < parents.size(); i++) {
                        String segmentId = parents.get(i).getId();
                        List<Persona> candidates = ofRuns.get(i) == null ? List.of() : ofRuns.get(i);
                        found.add(candidates.stream()
                                .filter(p -> Objects.equals(p.getSegmentId(), segmentId))
                                .findFirst()
                                .orElse(null));
                    }
                    return found;
                });
    }

    @Description("The segment the persona portrays, in the run it was generated from (segmentation-service)")
    public Uni<List<Segment>> segment(@Source List<Persona> parents) {
        Selection fields = selected(Segment.class).within(Run.class, "segments");
        return Batches.perSource(
                        parents, Persona::getRunId, ids -> segmentation.runsByIds(ids, fields), "runsByIds", maxKeys)
                .map(runsOfPersonas -> {
                    List<Segment> found = new ArrayList<>(parents.size());
                    for (int i = 0; i < parents.size(); i++) {
                        String segmentId = parents.get(i).getSegmentId();
                        Run run = runsOfPersonas.get(i);
                        found.add(
                                run == null || run.getSegments() == null
                                        ? null
                                        : run.getSegments().stream()
                                                .filter(s -> Objects.equals(s.getId(), segmentId))
                                                .findFirst()
                                                .orElse(null));
                    }
                    return found;
                });
    }

    @Description("The run the persona's current version was generated from (segmentation-service)")
    public Uni<List<Run>> run(@Source List<Persona> parents) {
        Selection fields = selected(Run.class);
        return Batches.perSource(
                parents, Persona::getRunId, ids -> segmentation.runsByIds(ids, fields), "runsByIds", maxKeys);
    }

    private Selection selected(Class<?> type) {
        return Selection.of(type, context.getSelectedFields());
    }
}
