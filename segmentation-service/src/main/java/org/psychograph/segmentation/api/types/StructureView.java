package org.psychograph.segmentation.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.clustering.StructureType;

@Type("Structure")
@Description("Whether the data has segments of its own (Dolnicar, Grün & Leisch 2018, ch. 7): NATURAL (distinct "
        + "segments: a stability peak clearly above structureless data), REPRODUCIBLE (structure, no distinct "
        + "segments) or CONSTRUCTIVE (stability at the structureless level: segments are a chosen cut)")
public record StructureView(
        @Description("Null when no bootstrap stability was measured")
        StructureType type,

        @NonNull @Description("The verdict in plain words, with the numbers behind it")
        String explanation) {}
