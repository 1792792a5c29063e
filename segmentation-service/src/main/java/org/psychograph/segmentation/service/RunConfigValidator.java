package org.psychograph.segmentation.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.psychograph.segmentation.client.SurveyDtos.QuestionDefinition;
import org.psychograph.segmentation.client.SurveyDtos.SurveyDefinition;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.SequentialStability;
import org.psychograph.segmentation.config.RunLimits;
import org.psychograph.segmentation.error.ValidationException;
import org.psychograph.segmentation.model.DistanceChoice;
import org.psychograph.segmentation.model.MissingValueChoice;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.StandardisationChoice;

/** Checks a run's input against the survey and resolves every default, naming the offending field. */
final class RunConfigValidator {

    static final int DEFAULT_K_MIN = 2;
    static final int DEFAULT_K_MAX = 8;
    static final int MAX_K = 50;
    static final int MAX_RESTARTS = 1000;
    static final int MAX_ITERATIONS = 10_000;
    static final int MAX_BOOTSTRAP = 1000;
    /** Wider than this, a median "known" to it would not tell two ks apart. */
    static final double MAX_STABILITY_PRECISION = 0.1;

    private static final SecureRandom SEEDS = new SecureRandom();

    private RunConfigValidator() {}

    static RunConfig resolve(RunRequest in, SurveyDefinition survey) {
        List<String> basis =
                in.basisQuestionCodes() == null || in.basisQuestionCodes().isEmpty()
                        ? survey.questions().stream()
                                .filter(q -> "BASIS".equals(q.role()))
                                .map(QuestionDefinition::code)
                                .toList()
                        : List.copyOf(in.basisQuestionCodes());
        if (basis.isEmpty()) {
            throw new ValidationException(
                    "basisQuestionCodes",
                    "the survey has no BASIS questions: name the basis " + "questions to cluster on");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < basis.size(); i++) {
            String code = basis.get(i);
            QuestionDefinition q = survey.questions().stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow(() ->
                            new ValidationException("basisQuestionCodes", "unknown question code '" + code + "'"));
            if ("TEXT".equals(q.type()) || "MULTI_CHOICE".equals(q.type()) || "SINGLE_CHOICE".equals(q.type())) {
                throw new ValidationException(
                        "basisQuestionCodes",
                        "question '" + code + "' is " + q.type()
                                + ": only LIKERT, BINARY and NUMERIC questions can be basis variables");
            }
            if (!seen.add(code)) {
                throw new ValidationException("basisQuestionCodes", "question '" + code + "' is listed twice");
            }
        }
        List<String> descriptors = new ArrayList<>();
        for (QuestionDefinition q : survey.questions()) {
            if ("DESCRIPTOR".equals(q.role()) && !"TEXT".equals(q.type()) && !seen.contains(q.code())) {
                descriptors.add(q.code());
            }
        }
        int kMin;
        int kMax;
        if (in.k() != null) {
            if (in.kMin() != null || in.kMax() != null) {
                throw new ValidationException("k", "give either k or kMin/kMax, not both");
            }
            kMin = in.k();
            kMax = in.k();
            checkK("k", kMin);
        } else {
            kMin = in.kMin() == null ? DEFAULT_K_MIN : in.kMin();
            kMax = in.kMax() == null ? Math.max(DEFAULT_K_MAX, kMin) : in.kMax();
            checkK("kMin", kMin);
            checkK("kMax", kMax);
            if (kMax < kMin) {
                throw new ValidationException("kMax", "kMax (" + kMax + ") is below kMin (" + kMin + ")");
            }
        }
        int restarts = within("restarts", in.restarts(), 10, 1, MAX_RESTARTS);
        int iterations = within("maxIterations", in.maxIterations(), 100, 1, MAX_ITERATIONS);
        int bootstrap = within("bootstrapReplicates", in.bootstrapReplicates(), 100, 0, MAX_BOOTSTRAP);
        int personaMin = within("personaKMin", in.personaKMin(), RunConfig.DEFAULT_PERSONA_K_MIN, 2, MAX_K);
        int personaMax = within(
                "personaKMax", in.personaKMax(), Math.max(RunConfig.DEFAULT_PERSONA_K_MAX, personaMin), 2, MAX_K);
        if (personaMax < personaMin) {
            throw new ValidationException(
                    "personaKMax", "personaKMax (" + personaMax + ") is below personaKMin (" + personaMin + ")");
        }
        double precision =
                in.stabilityPrecision() == null ? SequentialStability.DEFAULT_PRECISION : in.stabilityPrecision();
        if (!(precision >= 0 && precision <= MAX_STABILITY_PRECISION)) {
            throw new ValidationException(
                    "stabilityPrecision",
                    "stabilityPrecision must be within 0.." + MAX_STABILITY_PRECISION + " (0 draws every pair), got "
                            + in.stabilityPrecision());
        }
        long seed;
        if (in.seed() == null) {
            seed = SEEDS.nextLong();
        } else {
            try {
                seed = Long.parseLong(in.seed().strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("seed", "seed must be a 64-bit integer written as text");
            }
        }
        return new RunConfig(
                basis,
                descriptors,
                kMin,
                kMax,
                restarts,
                iterations,
                in.distance() == null ? DistanceChoice.L2 : in.distance(),
                in.standardisation() == null ? StandardisationChoice.NONE : in.standardisation(),
                in.missingValues() == null ? MissingValueChoice.DROP_RESPONDENT : in.missingValues(),
                bootstrap,
                seed,
                personaMin,
                personaMax,
                precision);
    }

    /**
     * k-means fits the run will make: every k gets its restarts and two fits per bootstrap pair, on the data and on
     * the structureless reference.
     */
    static long fits(RunConfig config) {
        int reference = ClusteringConfig.referenceReplicatesFor(config.bootstrapReplicates());
        return (long) (config.kMax() - config.kMin() + 1)
                * (config.restarts() + 2L * (config.bootstrapReplicates() + reference));
    }

    /** Refuses a run above the configured ceilings, saying which setting to lower. */
    static void checkCost(RunConfig config, long respondents, RunLimits limits) {
        long fits = fits(config);
        if (fits > limits.maxFits()) {
            throw new ValidationException(
                    "restarts",
                    "this run would make " + fits + " k-means fits ((kMax-kMin+1) x "
                            + "(restarts + 2 x (bootstrapReplicates + its structureless reference))); the limit is "
                            + limits.maxFits()
                            + ": narrow the k range or lower restarts or bootstrapReplicates");
        }
        double cost = (double) fits * respondents * config.basisCodes().size();
        if (cost > limits.maxCost()) {
            throw new ValidationException(
                    "bootstrapReplicates",
                    String.format(
                            java.util.Locale.ROOT,
                            "this run's work (%d fits x %d respondents x %d basis questions = %.3g) is above the limit of %.3g: "
                                    + "lower bootstrapReplicates or restarts, or narrow the k range",
                            fits,
                            respondents,
                            config.basisCodes().size(),
                            cost,
                            (double) limits.maxCost()));
        }
    }

    private static void checkK(String field, int k) {
        if (k < 2 || k > MAX_K) {
            throw new ValidationException(field, field + " must be between 2 and " + MAX_K + ", got " + k);
        }
    }

    private static int within(String field, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new ValidationException(field, field + " must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }
}
