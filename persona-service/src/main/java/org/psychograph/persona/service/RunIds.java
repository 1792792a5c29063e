package org.psychograph.persona.service;

/**
 * Segmentation run ids as persona-service takes them from callers. segmentation-service issues UUIDs; anything
 * that could not be one of its ids (blank, long, control characters, broken UTF-16) is not asked for at all.
 */
final class RunIds {

    static final int MAX_LENGTH = 64;

    private RunIds() {}

    static boolean wellFormed(String runId) {
        return runId != null
                && !runId.isBlank()
                && runId.length() <= MAX_LENGTH
                && runId.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c));
    }

    /** The id as it may appear in an error: control characters replaced, at most 64 characters. */
    static String shown(String runId) {
        if (runId == null) {
            return "(none)";
        }
        String shown = runId.length() > 64 ? runId.substring(0, 64) + "..." : runId;
        return shown.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
    }
}
