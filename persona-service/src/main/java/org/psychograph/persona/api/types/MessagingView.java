package org.psychograph.persona.graphql.types;

import java.util.List;
import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@TemplateData
@Type("Messaging")
public record MessagingView(
        StatementView tone,
        @NonNull List<@NonNull StatementView> keyMessages,
        @NonNull List<@NonNull StatementView> avoid) {
}
