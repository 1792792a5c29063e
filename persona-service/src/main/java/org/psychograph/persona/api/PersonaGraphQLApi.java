package org.psychograph.persona.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.persona.api.export.ExportFormat;
import org.psychograph.persona.api.export.PersonaExport;
import org.psychograph.persona.api.export.PersonaExporter;
import org.psychograph.persona.api.types.Inputs.PersonaPatch;
import org.psychograph.persona.api.types.Inputs.SectionPatch;
import org.psychograph.persona.api.types.PersonaVersionView;
import org.psychograph.persona.api.types.PersonaView;
import org.psychograph.persona.api.types.VersionDiffView;
import org.psychograph.persona.service.CurrentPersona;
import org.psychograph.persona.service.PersonaChanges;
import org.psychograph.persona.service.PersonaGenerationService;
import org.psychograph.persona.service.PersonaService;

/** persona-service's persona operations; thin: checks and logic live in the services. */
@GraphQLApi
public class PersonaGraphQLApi {

    private final PersonaService personas;
    private final PersonaGenerationService generation;
    private final PersonaExporter exporter;

    public PersonaGraphQLApi(PersonaService personas, PersonaGenerationService generation, PersonaExporter exporter) {
        this.personas = personas;
        this.generation = generation;
        this.exporter = exporter;
    }

    @Query("personas")
    @Description("The personas generated from a segmentation run, in segment order (empty until generated).")
    public Uni<@NonNull List<@NonNull PersonaView>> personas(@NonNull String runId) {
        return personas.ofRun(runId).map(PersonaGraphQLApi::views);
    }

    @Query("personasOfRuns")
    @Description("For batch joins (the gateway's run -> personas): one list per run id, in the order asked, each in "
            + "segment order. At most 100 run ids.")
    public Uni<@NonNull List<@NonNull List<@NonNull PersonaView>>> personasOfRuns(
            @NonNull List<@NonNull String> runIds) {
        return personas.ofRuns(runIds)
                .map(lists -> lists.stream().map(PersonaGraphQLApi::views).toList());
    }

    @Query("persona")
    @Description(
            "A persona of one of the caller's workspaces, with the evidence of every statement (NOT_FOUND otherwise).")
    public Uni<PersonaView> persona(@NonNull @Id String id) {
        return personas.persona(id).map(PersonaView::of);
    }

    @Query("personaVersions")
    @Description("Every version of a persona, oldest first: generated, regenerated and edited.")
    public Uni<@NonNull List<@NonNull PersonaVersionView>> personaVersions(@NonNull @Id String id) {
        return personas.versions(id)
                .map(list -> list.stream().map(PersonaVersionView::of).toList());
    }

    @Query("personaDiff")
    @Description("What changed between two versions of a persona.")
    public Uni<@NonNull VersionDiffView> personaDiff(
            @NonNull @Id String id, @NonNull Integer from, @NonNull Integer to) {
        return personas.diff(id, from, to).map(VersionDiffView::of);
    }

    @Query("exportPersona")
    @Description("The persona as Markdown, JSON or a self-contained printable HTML card "
            + "(also at GET /personas/{id}/export?format=...).")
    public Uni<@NonNull PersonaExport> exportPersona(@NonNull @Id String id, @NonNull ExportFormat format) {
        return exporter.export(id, format);
    }

    @Mutation("generatePersonas")
    @Description("Writes the personas of a SUCCEEDED run with the workspace's active rule pack. Idempotent per run "
            + "and rule-pack version: calling again returns the same personas. A new run of the same survey, or a "
            + "new rule-pack version, creates new versions of the existing personas and keeps their edited fields.")
    public Uni<@NonNull List<@NonNull PersonaView>> generatePersonas(@NonNull String runId) {
        return generation.generate(runId).map(PersonaGraphQLApi::views);
    }

    @Mutation("updatePersona")
    @Description("Edits a persona: creates a version recording the edit and locks the edited fields.")
    public Uni<@NonNull PersonaView> updatePersona(@NonNull @Id String id, @NonNull PersonaPatch patch) {
        return personas.update(id, changes(patch)).map(PersonaView::of);
    }

    @Mutation("publishPersona")
    @Description("Marks a persona PUBLISHED (regeneration sets it back to DRAFT for review).")
    public Uni<@NonNull PersonaView> publishPersona(@NonNull @Id String id) {
        return personas.publish(id).map(PersonaView::of);
    }

    private static List<PersonaView> views(List<CurrentPersona> personas) {
        return personas.stream().map(PersonaView::of).toList();
    }

    /** Nulls are kept: the service names the field a null stands in (patch, patch.sections[i]). */
    private static PersonaChanges changes(PersonaPatch patch) {
        if (patch == null) {
            return null;
        }
        return new PersonaChanges(
                patch.name(),
                patch.sections() == null
                        ? null
                        : patch.sections().stream()
                                .map(PersonaGraphQLApi::section)
                                .toList());
    }

    private static PersonaChanges.Section section(SectionPatch section) {
        return section == null
                ? null
                : new PersonaChanges.Section(
                        section.section(),
                        section.statements().stream()
                                .map(t -> new PersonaChanges.StatementText(t.key(), t.text()))
                                .toList());
    }
}
