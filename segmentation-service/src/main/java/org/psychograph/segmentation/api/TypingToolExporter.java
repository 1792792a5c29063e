package org.psychograph.segmentation.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psychograph.segmentation.api.types.RunView;
import org.psychograph.segmentation.api.types.SegmentView;
import org.psychograph.segmentation.api.types.TypingToolExportView;
import org.psychograph.segmentation.api.types.TypingToolFormat;
import org.psychograph.segmentation.api.types.TypingToolView;
import org.psychograph.segmentation.error.ValidationException;

/**
 * A run's typing tool as something to hand over: a JSON questionnaire with its scoring rule (for a sign-up form or
 * a CRM rule) or a printable HTML sheet (for a call-centre script). Both say how accurate it is.
 */
@ApplicationScoped
public class TypingToolExporter {

    private final Template sheet;
    private final ObjectMapper json;

    public TypingToolExporter(@Location("typing-tool.html") Template sheet, ObjectMapper json) {
        this.sheet = sheet;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public TypingToolExportView export(RunView run, TypingToolFormat format) {
        if (format == null) {
            throw new ValidationException("format", "format must be JSON or HTML");
        }
        TypingToolView tool = run.typingTool();
        if (tool == null) {
            throw new ValidationException(
                    "runId", "run " + run.id() + " has no typing tool (status " + run.status() + "; see its notes)");
        }
        String base = "typing-tool-" + run.id();
        return switch (format) {
            case JSON ->
                new TypingToolExportView(format, base + ".json", "application/json", toJson(questionnaire(run, tool)));
            case HTML ->
                new TypingToolExportView(
                        format,
                        base + ".html",
                        "text/html; charset=utf-8",
                        sheet.data("q", Sheet.of(run, tool)).render());
        };
    }

    /** The JSON form: what a form builder or a CRM rule needs, in answer units. */
    private static Map<String, Object> questionnaire(RunView run, TypingToolView tool) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", run.id());
        out.put("survey", run.surveyTitle());
        out.put(
                "segments",
                run.segments().stream()
                        .map(s -> Map.of("number", s.number(), "label", s.label()))
                        .toList());
        out.put("questions", tool.goldenQuestions());
        out.put(
                "rule",
                "score(segment) = intercept + sum of weights[i] x answer to questions[i]; "
                        + "the respondent belongs to the segment with the highest score");
        out.put("scoring", tool.scoring());
        out.put("holdoutAccuracy", tool.holdoutAccuracy());
        out.put("holdoutSize", tool.holdoutSize());
        out.put("crossValidatedAccuracy", tool.crossValidatedAccuracy());
        out.put("targetAccuracy", tool.targetAccuracy());
        out.put("confusionMatrix", tool.confusionMatrix());
        return out;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the typing tool could not be written as JSON", e);
        }
    }

    /** What the printable sheet shows, formatted. */
    @TemplateData
    public record Sheet(
            String runId,
            String surveyTitle,
            int questionCount,
            int segmentCount,
            String holdoutPercent,
            int holdoutSize,
            String crossValidatedPercent,
            String targetPercent,
            boolean targetReached,
            List<Question> questions,
            List<Row> rows,
            List<ConfusionLine> confusion) {

        static Sheet of(RunView run, TypingToolView tool) {
            List<Question> questions = tool.goldenQuestions().stream()
                    .map(q -> new Question(q.code(), q.text(), scale(q)))
                    .toList();
            List<Row> rows = new ArrayList<>();
            for (TypingToolView.SegmentScoreView s : tool.scoring()) {
                String label = run.segments().stream()
                        .filter(seg -> seg.number() == s.segmentNumber())
                        .map(SegmentView::label)
                        .findFirst()
                        .orElse("");
                rows.add(new Row(
                        s.segmentNumber(),
                        label,
                        number(s.intercept()),
                        s.weights().stream().map(Sheet::number).toList()));
            }
            List<ConfusionLine> confusion = new ArrayList<>();
            for (int i = 0; i < tool.confusionMatrix().size(); i++) {
                confusion.add(new ConfusionLine(i + 1, tool.confusionMatrix().get(i)));
            }
            return new Sheet(
                    run.id(),
                    run.surveyTitle() == null ? "Survey" : run.surveyTitle(),
                    questions.size(),
                    tool.confusionMatrix().size(),
                    percent(tool.holdoutAccuracy()),
                    tool.holdoutSize(),
                    percent(tool.crossValidatedAccuracy()),
                    percent(tool.targetAccuracy()),
                    tool.targetReached(),
                    questions,
                    rows,
                    confusion);
        }

        private static String scale(TypingToolView.GoldenQuestionView q) {
            if (q.scaleMin() == null || q.scaleMax() == null) {
                return "a number";
            }
            return "answer " + number(q.scaleMin()) + " to " + number(q.scaleMax());
        }

        private static String percent(double share) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * share);
        }

        private static String number(double value) {
            return String.format(Locale.ROOT, "%.3f", value).replaceAll("\\.?0+$", "");
        }
    }

    @TemplateData
    public record Question(String code, String text, String scale) {}

    @TemplateData
    public record Row(int segment, String label, String intercept, List<String> weights) {}

    @TemplateData
    public record ConfusionLine(int segment, List<Integer> counts) {}
}
