package org.psychograph.segmentation.clustering.preparation;

import org.psychograph.segmentation.clustering.BasisMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        // First pass with the missing-value rule set to "impute NaN": validates and flips, keeps gaps as NaN.
        double[] gaps = new double[d];
        Arrays.fill(gaps, Double.NaN);
        double[] none = new double[d];
        double[] ones = new double[d];
        Arrays.fill(ones, 1.0);
        PreparationParameters coding = new PreparationParameters(codes, reverse, min, max,
                MissingValuePolicy.MEAN_IMPUTE, gaps, Standardisation.NONE, none, ones);
        double[][] coded = new double[raw.rows()][];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = codeRow(coding, raw, i);
        }
        double[] means = observedMeans(coded, codes);

        List<Integer> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < coded.length; i++) {
            if (missingValues == MissingValuePolicy.DROP_RESPONDENT && hasGap(coded[i])) {
                dropped.add(raw.respondentIds()[i]);
                continue;
            }
            for (int j = 0; j < d; j++) {
                if (Double.isNaN(coded[i][j])) {
                    coded[i][j] = means[j];
                }
            }
            kept.add(i);
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no respondent has answered every basis question");
        }
        List<String> notes = new ArrayList<>();
        double[] centres = new double[d];
        double[] divisors = new double[d];
        standardise(coded, kept, codes, centres, divisors, notes);

        String[] ids = new String[kept.size()];
        double[][] values = new double[kept.size()][];
        int[] keptRows = new int[kept.size()];
        for (int r = 0; r < keptRows.length; r++) {
            int i = kept.get(r);
            keptRows[r] = i;
            ids[r] = raw.respondentIds()[i];
            values[r] = new double[d];
            for (int j = 0; j < d; j++) {
                values[r][j] = (coded[i][j] - centres[j]) / divisors[j];
            }
        }
        PreparationParameters parameters = new PreparationParameters(codes, reverse, min, max, missingValues, means,
                standardisation, centres, divisors);
        return new PreparedData(new BasisMatrix(ids, codes, values), parameters, keptRows, dropped, notes);
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

    private void standardise(double[][] coded, List<Integer> kept, String[] codes, double[] centres,
                             double[] divisors, List<String> notes) {
        for (int j = 0; j < codes.length; j++) {
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i : kept) {
                sum += coded[i][j];
                low = Math.min(low, coded[i][j]);
                high = Math.max(high, coded[i][j]);
            }
            double mean = sum / kept.size();
            double squares = 0;
            for (int i : kept) {
                squares += (coded[i][j] - mean) * (coded[i][j] - mean);
            }
            double sd = kept.size() > 1 ? Math.sqrt(squares / (kept.size() - 1)) : 0;
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
