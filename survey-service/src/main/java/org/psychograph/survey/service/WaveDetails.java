package org.psychograph.survey.service;

import java.time.LocalDate;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.Survey;

/**
 * A wave's label and fielding period as the analyst gave them to {@code createWave} or {@code updateWave}; a null
 * field is not given. Errors name the field as the mutation's argument path ({@code input.label}).
 */
record WaveDetails(String label, LocalDate fieldedFrom, LocalDate fieldedTo) {

    static final int MAX_LABEL = 100;
    /** The label a survey gets when it becomes the first wave of a tracker without being given one. */
    static final String FIRST_WAVE = "Wave 1";

    /** The label trimmed, checked when given; the dates checked against each other when both are given. */
    public WaveDetails {
        if (label != null) {
            label = label.strip();
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                throw new ValidationException("input.label", "label must have 1 to " + MAX_LABEL + " characters");
            }
        }
        checkPeriod(fieldedFrom, fieldedTo, "input.fieldedTo");
    }

    /** Applies the given fields to a wave's current ones (fields not given stay), checking the period it ends with. */
    void applyTo(Survey wave) {
        LocalDate from = fieldedFrom != null ? fieldedFrom : wave.fieldedFrom;
        LocalDate to = fieldedTo != null ? fieldedTo : wave.fieldedTo;
        // name the field the caller sent: the one that no longer fits the stored other end
        checkPeriod(from, to, fieldedTo != null ? "input.fieldedTo" : "input.fieldedFrom");
        if (label != null) {
            wave.waveLabel = label;
        } else if (wave.waveLabel == null) {
            wave.waveLabel = FIRST_WAVE;
        }
        wave.fieldedFrom = from;
        wave.fieldedTo = to;
    }

    private static void checkPeriod(LocalDate from, LocalDate to, String field) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException(field, "fieldedFrom (" + from + ") must not be after fieldedTo (" + to + ")");
        }
    }
}
