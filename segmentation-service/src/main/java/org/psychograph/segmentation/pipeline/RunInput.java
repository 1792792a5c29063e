package org.psychograph.segmentation.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.profile.CategoricalDescriptor;
import org.psychograph.segmentation.clustering.profile.Descriptor;
import org.psychograph.segmentation.clustering.profile.NumericDescriptor;
import org.psychograph.segmentation.model.QuestionInfo;

/**
 * Everything a run's tasks need, read once from survey-service by the PREPARE task and stored with the
 * run: the prepared basis matrix, the descriptor columns (aligned with the prepared rows' original order)
 * and the questions. Descriptors are kept in two typed lists so the stored JSON needs no type tags.
 */
public record RunInput(
        PreparedData prepared,
        List<CategoricalDescriptor> categorical,
        List<NumericDescriptor> numeric,
        List<QuestionInfo> questions) {

    /** Descriptor columns aligned with the prepared (kept) rows, in question order. */
    public List<Descriptor> descriptors() {
        List<Descriptor> all = new ArrayList<>();
        int[] kept = prepared.keptRows();
        for (QuestionInfo q : questions) {
            categorical.stream()
                    .filter(d -> d.code().equals(q.code()))
                    .findFirst()
                    .ifPresent(d -> all.add(d.alignedTo(kept)));
            numeric.stream()
                    .filter(d -> d.code().equals(q.code()))
                    .findFirst()
                    .ifPresent(d -> all.add(d.alignedTo(kept)));
        }
        return all;
    }

    public QuestionInfo question(String code) {
        return questions.stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElse(new QuestionInfo(code, code, "NUMERIC", "OTHER", "BASIS", List.of()));
    }
}
