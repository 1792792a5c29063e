package org.psychograph.segmentation.clustering.typing;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.AbstractSGDTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The classifier of the typing tool: Tribuo's multinomial logistic regression, configured as its
 * {@code LogisticRegressionTrainer} (log loss, AdaGrad with learning rate 1.0 and epsilon 0.1, 5 epochs, one
 * example per step) but with the run's seed, which {@code LogisticRegressionTrainer} fixes at 12345. Segment s is
 * the label {@code "s"}; features are named by question code.
 * <p>
 * A classifier only knows the segments it saw in training: when a cross-validation fold lacks a segment, the
 * model's label domain lacks it too and it is simply never predicted.
 */
final class SegmentClassifierTraining {

    static final int EPOCHS = 5;
    static final double LEARNING_RATE = 1.0;
    static final double EPSILON = 0.1;
    /** Tribuo's value for "no loss logging during an epoch". */
    private static final int NO_LOGGING = -1;

    private static final int MINIBATCH_SIZE = 1;

    /**
     * Tribuo logs two INFO lines per training, and a typing tool trains thousands of cross-validation classifiers.
     * Held in a static field because java.util.logging keeps loggers only weakly and would forget the level.
     */
    private static final Logger TRIBUO_SGD_LOGGER = Logger.getLogger(AbstractSGDTrainer.class.getName());

    static {
        TRIBUO_SGD_LOGGER.setLevel(Level.WARNING);
    }

    private static final LabelFactory LABELS = new LabelFactory();

    private SegmentClassifierTraining() {}

    /** A fresh trainer per classifier: its result then depends on the seed and the examples alone. */
    static LinearSGDTrainer trainer(long seed) {
        return new LinearSGDTrainer(
                new LogMulticlass(), new AdaGrad(LEARNING_RATE, EPSILON), EPOCHS, NO_LOGGING, MINIBATCH_SIZE, seed);
    }

    static Label label(int segment) {
        return new Label(Integer.toString(segment));
    }

    /** One respondent's answers to {@code columns} as an example; {@code label} null for an unlabelled one. */
    static Example<Label> example(double[] answers, String[] questionCodes, int[] columns, Label label) {
        String[] names = new String[columns.length];
        double[] values = new double[columns.length];
        for (int c = 0; c < columns.length; c++) {
            names[c] = questionCodes[columns[c]];
            values[c] = answers[columns[c]];
        }
        return new ArrayExample<>(label == null ? LabelFactory.UNKNOWN_LABEL : label, names, values);
    }

    /** The examples of {@code rows} (in that order) for the given columns, labelled with their segment. */
    static List<Example<Label>> examples(
            double[][] features, String[] questionCodes, int[] segment, int[] columns, int[] rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.length);
        for (int row : rows) {
            examples.add(example(features[row], questionCodes, columns, label(segment[row])));
        }
        return examples;
    }

    /** Trains on the examples in their order; {@code runProvenance} is recorded in the model's provenance. */
    static Model<Label> train(List<Example<Label>> examples, long seed, Map<String, Provenance> runProvenance) {
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("typing tool: segment-labelled selection rows", LABELS), LABELS);
        dataset.addAll(examples);
        // invocation count 0: the trainer's random stream starts at the seed itself
        return trainer(seed).train(dataset, runProvenance, 0);
    }

    /** The predicted segment number. */
    static int predictedSegment(Model<Label> model, Example<Label> example) {
        return Integer.parseInt(model.predict(example).getOutput().getLabel());
    }
}
