package org.psychograph.persona.api.export;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonaExport")
public record PersonaExport(
        @NonNull ExportFormat format,
        @NonNull String contentType,
        @NonNull String fileName,
        @NonNull String content) {}
