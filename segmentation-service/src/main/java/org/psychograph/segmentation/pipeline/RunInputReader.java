package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.psychograph.segmentation.client.MatrixBlock;
import org.psychograph.segmentation.client.SurveyData;
import org.psychograph.segmentation.client.SurveyDtos.QuestionDefinition;
import org.psychograph.segmentation.client.SurveyDtos.SurveyDefinition;
import org.psychograph.segmentation.clustering.preparation.DataPreparation;
import org.psychograph.segmentation.clustering.preparation.MissingValuePolicy;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.preparation.RawResponses;
import org.psychograph.segmentation.clustering.preparation.Standardisation;
import org.psychograph.segmentation.clustering.preparation.VariableScale;
import org.psychograph.segmentation.clustering.profile.CategoricalDescriptor;
import org.psychograph.segmentation.clustering.profile.NumericDescriptor;
import org.psychograph.segmentation.model.QuestionInfo;
import org.psychograph.segmentation.model.RunConfig;

/**
 * The PREPARE step: reads the survey and its response matrix page by page from survey-service (with the
 * service account's token), checks the survey belongs to the run's workspace, and prepares the basis
 * variables (reverse coding, missing values, standardisation) and the descriptor columns.
 */
@ApplicationScoped
public class RunInputReader {

    private final SurveyData surveys;

    public RunInputReader(SurveyData surveys) {
        this.surveys = surveys;
    }

    public RunInput read(String workspaceId, String surveyId, RunConfig config) {
        SurveyDefinition survey = surveys.survey(surveyId);
        if (survey == null || !workspaceId.equals(survey.workspaceId())) {
            // the service account may see several workspaces; a run only ever reads its own
            throw new IllegalStateException("survey " + surveyId + " is not in the run's workspace " + workspaceId);
        }
        List<String> columns = new ArrayList<>(config.basisCodes());
        columns.addAll(config.descriptorCodes());
        List<String> ids = new ArrayList<>();
        List<double[]> basis = new ArrayList<>();
        List<double[]> descriptorValues = new ArrayList<>();
        int basisWidth = config.basisCodes().size();
        String after = null;
        do {
            MatrixBlock page = surveys.matrixPage(surveyId, columns, after).requireColumns(columns);
            for (int r = 0; r < page.respondentIds().length; r++) {
                double[] row = page.values()[r]; // NaN where not answered, as RawResponses takes it
                ids.add(page.respondentIds()[r]);
                basis.add(Arrays.copyOfRange(row, 0, basisWidth));
                descriptorValues.add(Arrays.copyOfRange(row, basisWidth, row.length));
            }
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);

        List<QuestionInfo> questions = survey.questions().stream()
                .map(q -> new QuestionInfo(
                        q.code(),
                        q.text(),
                        q.type(),
                        q.dimension(),
                        q.role(),
                        q.options() == null ? List.of() : q.options()))
                .toList();
        String[] idArray = ids.toArray(String[]::new);
        RawResponses raw =
                new RawResponses(idArray, config.basisCodes().toArray(String[]::new), basis.toArray(double[][]::new));
        List<VariableScale> scales =
                config.basisCodes().stream().map(code -> scale(survey, code)).toList();
        PreparedData prepared = new DataPreparation(
                        MissingValuePolicy.valueOf(config.missingValues().name()),
                        Standardisation.valueOf(config.standardisation().name()))
                .prepare(raw, scales);

        List<CategoricalDescriptor> categorical = new ArrayList<>();
        List<NumericDescriptor> numeric = new ArrayList<>();
        for (int c = 0; c < config.descriptorCodes().size(); c++) {
            QuestionDefinition q = question(survey, config.descriptorCodes().get(c));
            double[] values = new double[ids.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = descriptorValues.get(r)[c];
            }
            if (isCategorical(q)) {
                categorical.add(new CategoricalDescriptor(q.code(), labels(q, values)));
            } else {
                numeric.add(new NumericDescriptor(q.code(), values));
            }
        }
        return new RunInput(prepared, categorical, numeric, questions);
    }

    /** Distinct answer patterns among the prepared rows: k cannot exceed it. */
    public static int distinctRows(PreparedData prepared) {
        Set<List<Double>> patterns = new HashSet<>();
        for (double[] row : prepared.matrix().values()) {
            patterns.add(Arrays.stream(row).boxed().toList());
        }
        return patterns.size();
    }

    private static boolean isCategorical(QuestionDefinition q) {
        return "SINGLE_CHOICE".equals(q.type()) || "BINARY".equals(q.type()) || "MULTI_CHOICE".equals(q.type());
    }

    /** Category labels of coded answers: option labels, Yes/No, or the code itself; null when missing. */
    private static String[] labels(QuestionDefinition q, double[] codes) {
        String[] labels = new String[codes.length];
        for (int r = 0; r < codes.length; r++) {
            double v = codes[r];
            if (Double.isNaN(v)) {
                labels[r] = null;
            } else if ("BINARY".equals(q.type())) {
                labels[r] = v == 1.0 ? "Yes" : "No";
            } else if ("SINGLE_CHOICE".equals(q.type())
                    && q.options() != null
                    && v >= 1
                    && v <= q.options().size()) {
                labels[r] = q.options().get((int) v - 1);
            } else {
                labels[r] = Long.toString((long) v);
            }
        }
        return labels;
    }

    /** A basis question's answer scale as the run prepares it (also what a model's later wave must keep). */
    static VariableScale scale(SurveyDefinition survey, String code) {
        QuestionDefinition q = question(survey, code);
        if ("LIKERT".equals(q.type())) {
            return new VariableScale(code, q.scaleMin(), q.scaleMax(), q.reverseCoded());
        }
        if ("BINARY".equals(q.type())) {
            return new VariableScale(code, 0, 1, q.reverseCoded());
        }
        return VariableScale.unbounded(code);
    }

    static QuestionDefinition question(SurveyDefinition survey, String code) {
        return survey.questions().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("question " + code + " no longer exists in the survey"));
    }
}
