package org.psychograph.segmentation.clustering.preparation;

import java.util.Objects;

/**
 * The answer scale of one basis question. Answers outside it are rejected; a reverse-coded item is flipped
 * (value becomes min + max - value) so that high always means the same direction.
 *
 * @param code         question code
 * @param min          lowest possible answer, NaN when the question has no bounded scale
 * @param max          highest possible answer, NaN when unbounded
 * @param reverseCoded whether to flip the item (needs a bounded scale)
 */
public record VariableScale(String code, double min, double max, boolean reverseCoded) {

    public VariableScale {
        Objects.requireNonNull(code, "code");
        if (bounded(min, max) && min >= max) {
            throw new IllegalArgumentException("scale of " + code + " must have min < max");
        }
        if (reverseCoded && !bounded(min, max)) {
            throw new IllegalArgumentException(code + " is reverse-coded, which needs a bounded scale");
        }
    }

    public static VariableScale of(String code, double min, double max) {
        return new VariableScale(code, min, max, false);
    }

    public static VariableScale reversed(String code, double min, double max) {
        return new VariableScale(code, min, max, true);
    }

    public static VariableScale unbounded(String code) {
        return new VariableScale(code, Double.NaN, Double.NaN, false);
    }

    public boolean bounded() {
        return bounded(min, max);
    }

    private static boolean bounded(double min, double max) {
        return Double.isFinite(min) && Double.isFinite(max);
    }
}
