package org.psychograph.persona.client;

import java.util.List;

/** One descriptor question described per segment: a mean (NUMERIC) or category shares (CATEGORICAL). */
public record DescriptorBreakdown(
        String questionCode,
        String questionText,
        Dimension dimension,
        DescriptorKind kind,
        Double pValue,
        String test,
        Double segmentMean,
        Double overallMean,
        List<CategoryShare> categories) {

    public List<CategoryShare> categories() {
        return categories == null ? List.of() : categories;
    }
}
