package org.psychograph.persona.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.service.VersionDiff;

@Type("PersonaDiff")
@Description("What changed between two versions of a persona, field by field.")
public record VersionDiffView(
        @NonNull Integer from, @NonNull Integer to, @NonNull List<@NonNull FieldChange> changes) {

    @Type("FieldChange")
    @Description("`field` is `name` or a section such as `PAIN_POINTS`; a statement is identified by its key or text")
    public record FieldChange(
            @NonNull String field, @NonNull ChangeKind kind, String before, String after) {}

    public static VersionDiffView of(VersionDiff diff) {
        return new VersionDiffView(
                diff.from(),
                diff.to(),
                diff.changes().stream()
                        .map(c -> new FieldChange(
                                c.field(), ChangeKind.valueOf(c.kind().name()), c.before(), c.after()))
                        .toList());
    }

    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }
}
