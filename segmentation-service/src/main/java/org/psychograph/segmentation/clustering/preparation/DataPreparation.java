package org.psychograph.segmentation.clustering.preparation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psychograph.segmentation.clustering.BasisMatrix;

/**
 * Turns raw basis answers into the matrix a run clusters: reverse coding, then missing answers, then
 * standardisation, keeping every parameter so that a new respondent is prepared the same way later.
 */
public final class DataPreparation {

    private final MissingValuePolicy missingValues;
    private final Standardisation standardisation;

    public DataPreparation(MissingValuePolicy missingValues, Standardisation standardisation) {
        this.missingValues = Objects.requireNonNull(missingValues, "missingValues");
        this.standardisation = Objects.requireNonNull(standardisation, "standardisation");
    }

    /** The defaults: drop incomplete respondents, no standardisation. */
    public static DataPreparation defaults() {
        return new DataPreparation(MissingValuePolicy.DROP_RESPONDENT, Standardisation.NONE);
    }

    /**
     * @param raw    the answers, NaN where missing
     * @param scales the scale of each variable, by code; a variable without one is unbounded and not flipped
     */
    public PreparedData prepare(RawResponses raw, List<VariableScale> scales) {
        String[] codes = raw.variableCodes().clone();
        PreparationParameters coding = codingOnly(codes, scales);
        double[][] coded = new double[raw.rows()][];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = codeRow(coding, raw, i);
        }
        double[] means = observedMeans(coded, codes);
        List<String> dropped = new ArrayList<>();
        int[] kept = fillOrDrop(coded, means, raw.respondentIds(), dropped);
        List<String> notes = new ArrayList<>();
        double[] centres = new double[codes.length];
        double[] divisors = new double[codes.length];
        standardise(coded, kept, codes, centres, divisors, notes);

        String[] ids = new String[kept.length];
        double[][] values = new double[kept.length][codes.length];
        for (int r = 0; r < kept.length; r++) {
            ids[r] = raw.respondentIds()[kept[r]];
            for (int j = 0; j < codes.length; j++) {
                values[r][j] = (coded[kept[r]][j] - centres[j]) / divisors[j];
            }
        }
        PreparationParameters parameters = new PreparationParameters(
                codes,
                coding.reverseCoded(),
                coding.scaleMin(),
                coding.scaleMax(),
                missingValues,
                means,
                standardisation,
                centres,
                divisors);
        return new PreparedData(new BasisMatrix(ids, codes, values), parameters, kept, dropped, notes);
    }

    /**
     * Parameters that only validate and reverse-code, keeping gaps as NaN (imputing "NaN"): the first pass, before
     * the means and spreads are known.
     */
    private static PreparationParameters codingOnly(String[] codes, List<VariableScale> scales) {
        int d = codes.length;
        Map<String, VariableScale> scaleByCode = new HashMap<>();
        for (VariableScale scale : scales) {
            scaleByCode.put(scale.code(), scale);
        }
        boolean[] reverse = new boolean[d];
        double[] min = new double[d];
        double[] max = new double[d];
        for (int j = 0; j < d; j++) {
            VariableScale scale = scaleByCode.getOrDefault(codes[j], VariableScale.unbounded(codes[j]));
            reverse[j] = scale.reverseCoded();
            min[j] = scale.min();
            max[j] = scale.max();
        }
        double[] gaps = new double[d];
        Arrays.fill(gaps, Double.NaN);
        double[] ones = new double[d];
        Arrays.fill(ones, 1.0);
        return new PreparationParameters(
                codes,
                reverse,
                min,
                max,
                MissingValuePolicy.MEAN_IMPUTE,
                gaps,
                Standardisation.NONE,
                new double[d],
                ones);
    }

    /** Applies the missing-value policy in place; returns the rows kept. */
    private int[] fillOrDrop(double[][] coded, double[] means, String[] respondentIds, List<String> dropped) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < coded.length; i++) {
            if (missingValues == MissingValuePolicy.DROP_RESPONDENT && hasGap(coded[i])) {
                dropped.add(respondentIds[i]);
                continue;
            }
            for (int j = 0; j < means.length; j++) {
                if (Double.isNaN(coded[i][j])) {
                    coded[i][j] = means[j];
                }
            }
            kept.add(i);
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no respondent has answered every basis question");
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] codeRow(PreparationParameters coding, RawResponses raw, int i) {
        double[] row = new double[coding.variables()];
        for (int j = 0; j < row.length; j++) {
            try {
                row[j] = coding.coded(j, raw.values()[i][j]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("respondent " + raw.respondentIds()[i] + ": " + e.getMessage(), e);
            }
        }
        return row;
    }

    private static double[] observedMeans(double[][] coded, String[] codes) {
        double[] means = new double[codes.length];
        for (int j = 0; j < codes.length; j++) {
            double sum = 0;
            int count = 0;
            for (double[] row : coded) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    count++;
                }
            }
            if (count == 0) {
                throw new IllegalArgumentException("nobody answered " + codes[j]);
            }
            means[j] = sum / count;
        }
        return means;
    }

    private static boolean hasGap(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private void standardise(
            double[][] coded, int[] kept, String[] codes, double[] centres, double[] divisors, List<String> notes) {
        for (int j = 0; j < codes.length; j++) {
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i : kept) {
                sum += coded[i][j];
                low = Math.min(low, coded[i][j]);
                high = Math.max(high, coded[i][j]);
            }
            double mean = sum / kept.length;
            double squares = 0;
            for (int i : kept) {
                squares += (coded[i][j] - mean) * (coded[i][j] - mean);
            }
            double sd = kept.length > 1 ? Math.sqrt(squares / (kept.length - 1)) : 0;
            switch (standardisation) {
                case NONE -> {
                    centres[j] = 0;
                    divisors[j] = 1;
                }
                case ZSCORE -> {
                    centres[j] = mean;
                    divisors[j] = sd;
                }
                case RANGE -> {
                    centres[j] = low;
                    divisors[j] = high - low;
                }
            }
            if (sd == 0) {
                notes.add(codes[j] + " has the same value for every respondent; it cannot separate segments");
            }
            if (divisors[j] == 0) {
                divisors[j] = 1; // a constant variable stays constant (and finite) instead of dividing by zero
            }
        }
    }
}
