package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/**
 * Issue 15's checks of the structure verdict and the recommendation within the persona range, on data whose truth
 * is known: well separated groups (3, 4, 5 and 6) must be recommended at their true k, and structureless data
 * (independent columns) must be called constructive, each in at least 9 of 10 seeds. A smaller plan than the
 * default (fewer restarts and bootstrap pairs) keeps the 50 runs quick; the rules are the same.
 */
class StructureAndPersonaRangeTest {

    private static final int SEEDS = 10;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static SegmentationResult analyse(BasisMatrix matrix, long seed) {
        ClusteringConfig config = ClusteringConfig.forRange(2, 8, seed)
                .withRestarts(5)
                .withBootstrap(30, ClusteringConfig.DEFAULT_BOOTSTRAP_RESTARTS);
        return new SegmentationAnalysis(pool)
                .run(
                        PreparedData.asIs(matrix),
                        config,
                        PersonaRange.DEFAULT,
                        List.of(),
                        ProgressListener.none(),
                        () -> false);
    }

    @ParameterizedTest(name = "{0} well separated groups")
    @ValueSource(ints = {3, 4, 5, 6})
    void wellSeparatedGroupsAreRecommendedAtTheirTrueK(int trueK) {
        int right = 0;
        int natural = 0;
        List<String> lines = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            SyntheticBlobs blobs = SyntheticBlobs.generate(60 * trueK, 5, trueK, 7.0, 1000L * trueK + seed);
            SegmentationResult result = analyse(blobs.matrix(), 31 + seed);
            if (result.recommendation().k() == trueK) {
                right++;
            }
            if (result.structure().type() == StructureType.NATURAL) {
                natural++;
            }
            lines.add(line(seed, result));
        }
        System.out.printf(Locale.ROOT, "true k=%d: recommended k right in %d of %d seeds%n", trueK, right, SEEDS);
        lines.forEach(System.out::println);
        assertTrue(right >= 9, "seeds recommending the true k=" + trueK + ": " + right);
        assertTrue(natural >= 9, "seeds calling " + trueK + " well separated groups natural: " + natural);
    }

    @ParameterizedTest(name = "structureless {0}")
    @ValueSource(strings = {"gaussian", "likert"})
    void structurelessDataIsConstructive(String kind) {
        int constructive = 0;
        List<String> lines = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            BasisMatrix matrix = structureless(kind, 300, 6, 500L + seed);
            SegmentationResult result = analyse(matrix, 71 + seed);
            if (result.structure().type() == StructureType.CONSTRUCTIVE) {
                constructive++;
            }
            assertTrue(
                    PersonaRange.DEFAULT.contains(result.recommendation().k()),
                    "the recommendation stays in the persona range");
            lines.add(line(seed, result));
        }
        System.out.printf(Locale.ROOT, "structureless %s: constructive in %d of %d seeds%n", kind, constructive, SEEDS);
        lines.forEach(System.out::println);
        assertTrue(constructive >= 9, "seeds classified constructive: " + constructive);
    }

    /** Independent columns: standard normal, or a 1..5 answer scale with uneven category shares. */
    private static BasisMatrix structureless(String kind, int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] ids = new String[rows];
        String[] codes = new String[columns];
        double[][] values = new double[rows][columns];
        for (int j = 0; j < columns; j++) {
            codes[j] = "q" + (j + 1);
        }
        double[] shares = {0.1, 0.2, 0.3, 0.25, 0.15};
        for (int i = 0; i < rows; i++) {
            ids[i] = "r" + i;
            for (int j = 0; j < columns; j++) {
                if (kind.equals("gaussian")) {
                    double u = 1.0 - random.nextDouble();
                    values[i][j] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
                } else {
                    double draw = random.nextDouble();
                    int answer = 0;
                    while (answer < shares.length - 1 && draw >= shares[answer]) {
                        draw -= shares[answer];
                        answer++;
                    }
                    values[i][j] = answer + 1;
                }
            }
        }
        return new BasisMatrix(ids, codes, values);
    }

    private static String line(int seed, SegmentationResult result) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "  seed %d: %s, recommended k=%d, most stable split k=%d |",
                seed,
                result.structure().type(),
                result.recommendation().k(),
                result.recommendation().mostStableSplit().k()));
        for (Candidate c : result.candidates()) {
            line.append(String.format(
                    Locale.ROOT,
                    " k=%d %.2f/%.2f g%.2f%s",
                    c.k(),
                    c.medianStability(),
                    c.stability().reference().median(),
                    c.stability().compactnessGap(),
                    result.structure().peak(c.k()) ? "^" : ""));
        }
        return line.toString();
    }
}
