package org.psychograph.survey.importing;

import java.util.ArrayList;
import java.util.List;
import org.psychograph.survey.coding.ResponseCoder.Problem;

/** Errors in the order found, at most {@code max}; remembers whether more were dropped. */
final class ImportErrors {
    private final int max;
    private final List<ImportError> list = new ArrayList<>();
    private boolean truncated;
    private boolean fatal;
    private boolean invalidRows;

    ImportErrors(int max) {
        this.max = max;
    }

    /** An invalid row: from here on nothing more is written, the file is only read for more errors. */
    void add(Problem p) {
        invalidRows = true;
        add(ImportError.of(p.row(), p.column(), p.value(), p.reason()));
    }

    void add(ImportError error) {
        if (list.size() < max) {
            list.add(error);
        } else {
            truncated = true;
        }
    }

    void markFatal() {
        fatal = true;
    }

    boolean hasInvalidRows() {
        return invalidRows || fatal;
    }

    boolean isEmpty() {
        return list.isEmpty() && !fatal;
    }

    boolean isFull() {
        return list.size() >= max;
    }

    int room() {
        return Math.max(1, max - list.size());
    }

    boolean truncated() {
        return truncated || (isFull() && !fatal);
    }

    List<ImportError> list() {
        return List.copyOf(list);
    }
}
