package org.psychograph.segmentation.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psychograph.segmentation.client.SurveyDtos.QuestionDefinition;
import org.psychograph.segmentation.client.SurveyDtos.SurveyDefinition;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.psychograph.segmentation.clustering.preparation.VariableScale;

/**
 * Whether a survey's answers can be placed with a run's model: every basis question must exist there with the same
 * answer scale and direction, or the model's preparation would code the new answers differently from the answers
 * it was fitted on (a 1-7 item read as 1-5, a reverse-coded item not flipped) and the placements would mean nothing.
 * Question wording may differ (a later wave may reword a question); what is compared is what the numbers mean.
 */
public final class BasisCompatibility {

    private BasisCompatibility() {}

    /** What stops the survey from being placed with the model; empty when nothing does. */
    public static List<String> problems(PreparationParameters model, SurveyDefinition survey) {
        List<String> problems = new ArrayList<>();
        for (int j = 0; j < model.variables(); j++) {
            String code = model.variableCodes()[j];
            Optional<QuestionDefinition> question = survey.questions().stream()
                    .filter(q -> q.code().equals(code))
                    .findFirst();
            if (question.isEmpty()) {
                problems.add("basis question " + code + " is not in survey " + survey.id());
                continue;
            }
            VariableScale scale = RunInputReader.scale(survey, code);
            boolean sameScale = scale.bounded()
                    ? scale.min() == model.scaleMin()[j] && scale.max() == model.scaleMax()[j]
                    : !Double.isFinite(model.scaleMin()[j]);
            if (!sameScale) {
                problems.add("basis question " + code + " has scale " + describe(scale.min(), scale.max())
                        + " in survey " + survey.id() + ", the model was fitted on "
                        + describe(model.scaleMin()[j], model.scaleMax()[j]));
            } else if (scale.reverseCoded() != model.reverseCoded()[j]) {
                problems.add("basis question " + code + " is " + (scale.reverseCoded() ? "" : "not ")
                        + "reverse-coded in survey " + survey.id() + ", unlike the data the model was fitted on");
            }
        }
        return problems;
    }

    private static String describe(double min, double max) {
        return Double.isFinite(min) ? (long) min + ".." + (long) max : "unbounded (numeric)";
    }
}
