package org.psychograph.persona.api.types;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.model.PersonaVersion;
import org.psychograph.persona.model.VersionChange;
import org.psychograph.persona.service.NamedVersion;

@Type("PersonaVersion")
public record PersonaVersionView(
        @NonNull Integer version,
        @NonNull String runId,

        @Description("The survey (wave) the run segmented; null for versions written before this was recorded")
        String surveyId,

        @Description("The segment of the run this version portrays") @NonNull
        Integer segmentNumber,

        @NonNull String rulePack,
        @NonNull VersionChange change,

        @Description("EDITED: the fields the person changed; REGENERATED: the fields the new run's evidence changed "
                + "(see personaDiff for the statements)")
        @NonNull
        List<@NonNull String> changedFields,

        @NonNull String author,
        @NonNull OffsetDateTime createdAt,
        @NonNull String name) {

    public static PersonaVersionView of(NamedVersion named) {
        PersonaVersion v = named.version();
        String name = named.name();
        return new PersonaVersionView(
                v.version,
                v.runId,
                named.surveyId(),
                named.segmentNumber(),
                v.rulePack,
                v.change,
                List.copyOf(v.changedFields),
                v.author,
                v.createdAt,
                name);
    }
}
