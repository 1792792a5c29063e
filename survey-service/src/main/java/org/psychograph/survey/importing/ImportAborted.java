package org.psychograph.survey.importing;

/** A problem after which the rest of the file cannot be read (malformed file, size limit...). */
public class ImportAborted extends Exception {

    private final ImportError error;

    public ImportAborted(ImportError error) {
        super(error == null ? "see the reported problems" : error.reason(), null, false, false);
        this.error = error;
    }

    /** Stops the import after its problems were already reported one by one. */
    public static ImportAborted alreadyReported() {
        return new ImportAborted(null);
    }

    /** The problem to report, or null when it was already reported. */
    public ImportError error() {
        return error;
    }
}
