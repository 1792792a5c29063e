package org.psychograph.segmentation.clustering.profile;

import java.util.Objects;

/** A numeric descriptor (age, spend); NaN where unknown. */
public record NumericDescriptor(String code, double[] values) implements Descriptor {

    public NumericDescriptor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public NumericDescriptor alignedTo(int[] rows) {
        double[] selected = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            selected[r] = values[rows[r]];
        }
        return new NumericDescriptor(code, selected);
    }
}
