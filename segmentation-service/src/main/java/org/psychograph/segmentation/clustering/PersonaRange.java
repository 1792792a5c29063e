package org.psychograph.segmentation.clustering;

/**
 * The numbers of segments a marketing team can act on, within which k is recommended. Three to six by default:
 * the number of personas teams ask for, and what published segmentations of survey data use; two segments ("likes
 * it" / "does not") are almost always the most stable split but rarely a useful one.
 */
public record PersonaRange(int min, int max) {

    public static final PersonaRange DEFAULT = new PersonaRange(3, 6);

    public PersonaRange {
        if (min < 2 || max < min) {
            throw new IllegalArgumentException("persona range must satisfy 2 <= min <= max, got " + min + ".." + max);
        }
    }

    public boolean contains(int k) {
        return k >= min && k <= max;
    }

    @Override
    public String toString() {
        return min + ".." + max;
    }
}
