package org.psychograph.segmentation.clustering.profile;

import java.util.Objects;

/** A categorical descriptor (gender, region, visit frequency); null where unknown. */
public record CategoricalDescriptor(String code, String[] values) implements Descriptor {

    public CategoricalDescriptor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public CategoricalDescriptor alignedTo(int[] rows) {
        String[] selected = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            selected[r] = values[rows[r]];
        }
        return new CategoricalDescriptor(code, selected);
    }
}
