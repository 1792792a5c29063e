package org.psychograph.segmentation.clustering.typing;

import java.util.Random;

/**
 * A synthetic rating survey with known informative questions: answers on a 1..5 scale, where only the
 * {@code informative} questions differ between segments and every other question is uniform noise.
 * <p>
 * Segment s answers informative question i high (around 4.5) when bit i of s is set, else low (around 1.5), with
 * normal noise of standard deviation 0.6, rounded and clamped to 1..5. With two informative questions the four
 * segments are the four quadrants "high/high, low/high, high/low, low/low", which no single question separates.
 */
record RatingSurvey(double[][] answers, String[] questionCodes, int[] segment) {

    static final double HIGH = 4.5;
    static final double LOW = 1.5;
    static final double SPREAD = 0.6;

    /**
     * @param sizes       respondents per segment (k = sizes.length, at most 2^informative.length)
     * @param questions   number of questions, coded Q1..Qn
     * @param informative the columns that differ between segments
     */
    static RatingSurvey generate(int[] sizes, int questions, int[] informative, long seed) {
        if (sizes.length > 1 << informative.length) {
            throw new IllegalArgumentException(informative.length + " informative questions tell at most "
                    + (1 << informative.length) + " segments apart");
        }
        Random random = new Random(seed);
        int n = 0;
        for (int size : sizes) {
            n += size;
        }
        int[] segment = new int[n];
        int next = 0;
        for (int s = 0; s < sizes.length; s++) {
            for (int i = 0; i < sizes[s]; i++) {
                segment[next++] = s;
            }
        }
        // interleave the segments: real data is not sorted by segment
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = segment[i];
            segment[i] = segment[j];
            segment[j] = swap;
        }
        String[] codes = new String[questions];
        for (int q = 0; q < questions; q++) {
            codes[q] = "Q" + (q + 1);
        }
        double[][] answers = new double[n][questions];
        for (int r = 0; r < n; r++) {
            for (int q = 0; q < questions; q++) {
                answers[r][q] = 1 + random.nextInt(5);
            }
            for (int i = 0; i < informative.length; i++) {
                double mean = (segment[r] >> i & 1) == 1 ? HIGH : LOW;
                answers[r][informative[i]] =
                        Math.max(1, Math.min(5, Math.round(mean + SPREAD * random.nextGaussian())));
            }
        }
        return new RatingSurvey(answers, codes, segment);
    }

    /** The same answers with segment labels drawn at random: nothing in the answers predicts them. */
    RatingSurvey withRandomSegments(int k, long seed) {
        Random random = new Random(seed);
        int[] noise = new int[segment.length];
        for (int r = 0; r < noise.length; r++) {
            noise[r] = random.nextInt(k);
        }
        return new RatingSurvey(answers, questionCodes, noise);
    }

    int rows() {
        return segment.length;
    }

    int[] countsPerSegment(int[] rows, int k) {
        int[] counts = new int[k];
        for (int row : rows) {
            counts[segment[row]]++;
        }
        return counts;
    }
}
