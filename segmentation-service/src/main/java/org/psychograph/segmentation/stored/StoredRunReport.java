package org.psychograph.segmentation.stored;

import java.util.List;

/**
 * A finished run's report as it is stored (gzip JSON in {@code segmentation_run.report}): the evidence per k and
 * the chosen solution. A type of its own, apart from the GraphQL views, so that a change to the API can never
 * make stored runs unreadable; the API maps it to its views. Field names are the stored format: renaming one
 * needs a new {@link #FORMAT} and a translation on read. {@code structure}, {@code mostStableK} and
 * {@code mostStableReason} are null in reports stored before the structure was assessed, {@code typingTool} in
 * reports stored before typing tools (or when none could be built; the notes say why).
 */
public record StoredRunReport(
        List<StoredCandidate> candidates,
        List<StoredSegment> segments,
        List<String> notes,
        StoredProvenance provenance,
        StoredStructure structure,
        Integer mostStableK,
        String mostStableReason,
        StoredTypingTool typingTool) {

    /** A report without the structure assessment (as stored before it existed). */
    public StoredRunReport(
            List<StoredCandidate> candidates,
            List<StoredSegment> segments,
            List<String> notes,
            StoredProvenance provenance) {
        this(candidates, segments, notes, provenance, null, null, null, null);
    }

    /**
     * The format the run report is stored in. 0: the report before formats existed (the same fields, no
     * envelope); 1: the same fields in a stored document. Raise it when a change means old reports need
     * translating on read, and keep a fixture of every format in the tests (StoredFormatsTest).
     */
    public static final int FORMAT = 1;

    public StoredRunReport {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        segments = segments == null ? List.of() : List.copyOf(segments);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
