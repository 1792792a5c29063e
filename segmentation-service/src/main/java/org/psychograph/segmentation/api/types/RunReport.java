package org.psychograph.segmentation.api.types;

import java.util.List;

/** What a finished run stores (gzip JSON) and serves: the evidence per k and the chosen solution. */
public record RunReport(
        List<CandidateView> candidates,
        List<SegmentView> segments,
        List<String> notes,
        ProvenanceView provenance,
        StructureView structure,
        Integer mostStableK,
        String mostStableReason,
        TypingToolView typingTool) {}
