package org.psychograph.segmentation.clustering.preparation;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything needed to prepare one more respondent exactly as the run prepared its data, and to turn prepared
 * values (such as centroids) back into the answers' original units. Stored with the model.
 *
 * @param variableCodes   basis variables, in column order
 * @param reverseCoded    per variable, whether it was flipped
 * @param scaleMin        per variable, lowest possible answer (NaN: unbounded)
 * @param scaleMax        per variable, highest possible answer (NaN: unbounded)
 * @param missingValues   the policy the run used
 * @param imputationMeans per variable, mean of the answered values after reverse coding (used by MEAN_IMPUTE)
 * @param standardisation the standardisation the run used
 * @param centres         per variable, subtracted after reverse coding (0 for NONE)
 * @param scales          per variable, divided by after centring (1 for NONE)
 */
public record PreparationParameters(
        String[] variableCodes,
        boolean[] reverseCoded,
        double[] scaleMin,
        double[] scaleMax,
        MissingValuePolicy missingValues,
        double[] imputationMeans,
        Standardisation standardisation,
        double[] centres,
        double[] scales) {

    public PreparationParameters {
        Objects.requireNonNull(variableCodes, "variableCodes");
        int d = variableCodes.length;
        if (reverseCoded.length != d
                || scaleMin.length != d
                || scaleMax.length != d
                || imputationMeans.length != d
                || centres.length != d
                || scales.length != d) {
            throw new IllegalArgumentException("every preparation parameter needs one value per variable");
        }
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(standardisation, "standardisation");
    }

    /** No flipping, no imputation, no standardisation: for a matrix that was prepared elsewhere. */
    public static PreparationParameters identity(String[] variableCodes) {
        int d = variableCodes.length;
        double[] unbounded = new double[d];
        Arrays.fill(unbounded, Double.NaN);
        double[] ones = new double[d];
        Arrays.fill(ones, 1.0);
        return new PreparationParameters(
                variableCodes.clone(),
                new boolean[d],
                unbounded,
                unbounded.clone(),
                MissingValuePolicy.DROP_RESPONDENT,
                unbounded.clone(),
                Standardisation.NONE,
                new double[d],
                ones);
    }

    public int variables() {
        return variableCodes.length;
    }

    /**
     * Prepares one respondent's raw answers (NaN for no answer) as the run did.
     *
     * @throws IllegalArgumentException for an answer outside the scale, or a missing answer when the run dropped
     *                                  incomplete respondents (it has no rule to fill the gap)
     */
    public double[] transform(double[] raw) {
        if (raw.length != variables()) {
            throw new IllegalArgumentException("expected " + variables() + " answers, got " + raw.length);
        }
        double[] prepared = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            prepared[j] = (coded(j, raw[j]) - centres[j]) / scales[j];
        }
        return prepared;
    }

    /** One answer prepared as the run prepared its column (for the typing tool, which asks only a few questions). */
    public double prepare(int variable, double raw) {
        return (coded(variable, raw) - centres[variable]) / scales[variable];
    }

    /** Reverse-codes one answer, or fills it in when it is missing and the policy allows. */
    double coded(int j, double value) {
        if (Double.isNaN(value)) {
            if (missingValues == MissingValuePolicy.MEAN_IMPUTE) {
                return imputationMeans[j];
            }
            throw new IllegalArgumentException("no answer to " + variableCodes[j]
                    + ": the run dropped respondents with missing answers, so it cannot place this one");
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("answer to " + variableCodes[j] + " is not a finite number");
        }
        if (Double.isFinite(scaleMin[j]) && (value < scaleMin[j] || value > scaleMax[j])) {
            throw new IllegalArgumentException("answer " + value + " to " + variableCodes[j] + " is outside its scale "
                    + scaleMin[j] + ".." + scaleMax[j]);
        }
        return reverseCoded[j] ? scaleMin[j] + scaleMax[j] - value : value;
    }

    /**
     * Undoes standardisation and reverse coding: a prepared point (a centroid, a segment mean) in the units and
     * direction the questions were asked in. Both steps are affine, so a mean of prepared rows maps to the mean
     * of the original answers.
     */
    public double[] toOriginalUnits(double[] prepared) {
        double[] original = new double[prepared.length];
        for (int j = 0; j < prepared.length; j++) {
            original[j] = toOriginalUnits(j, prepared[j]);
        }
        return original;
    }

    /** {@link #toOriginalUnits(double[])} for one variable. */
    public double toOriginalUnits(int variable, double prepared) {
        double coded = prepared * scales[variable] + centres[variable];
        return reverseCoded[variable] ? scaleMin[variable] + scaleMax[variable] - coded : coded;
    }
}
