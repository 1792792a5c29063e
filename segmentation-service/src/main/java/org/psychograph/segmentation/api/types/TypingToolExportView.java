package org.psychograph.segmentation.api.types;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TypingToolExport")
public record TypingToolExportView(
        @NonNull TypingToolFormat format,
        @NonNull String fileName,
        @NonNull String contentType,
        @NonNull String content) {}
