package org.psychograph.segmentation.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Provenance")
@Description("Where the chosen model came from: enough to reproduce it.")
public record ProvenanceView(
        @NonNull String seed,
        @NonNull String tribuoVersion,

        @Description("SHA-256 of the prepared basis matrix") @NonNull
        String dataFingerprint,

        int restartIndex,
        @NonNull String fitSeed) {}
