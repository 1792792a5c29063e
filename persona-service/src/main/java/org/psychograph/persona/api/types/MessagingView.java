package org.psychograph.persona.api.types;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@TemplateData
@Type("Messaging")
public record MessagingView(
        StatementView tone,
        @NonNull List<@NonNull StatementView> keyMessages,
        @NonNull List<@NonNull StatementView> avoid) {}
