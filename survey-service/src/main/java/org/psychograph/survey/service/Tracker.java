package org.psychograph.survey.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.psychograph.survey.model.Survey;

/**
 * The waves of one tracker in their order, or a survey without waves on its own. Waves are ordered by the day their
 * fieldwork began, then by when they were created; a wave without a fielding date counts from the day it was created.
 * So a wave added for a past period takes its place in time, a first wave that never got dates stays ahead of the
 * dated waves created after it (sorting undated waves last would move it to the end), and the order never depends
 * on the database's row order.
 */
public record Tracker(List<Survey> surveys) {

    static final Comparator<Survey> WAVE_ORDER = Comparator.comparing(Tracker::fieldedOrCreated)
            .thenComparing(s -> s.createdAt)
            .thenComparing(s -> s.id);

    public Tracker {
        surveys = surveys.stream().sorted(WAVE_ORDER).toList();
    }

    private static LocalDate fieldedOrCreated(Survey s) {
        return s.fieldedFrom != null
                ? s.fieldedFrom
                : s.createdAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** The wave of the survey with this id, or null when it is not part of a tracker (or not in this one). */
    public Wave waveOf(UUID surveyId) {
        for (int i = 0; i < surveys.size(); i++) {
            Survey s = surveys.get(i);
            if (s.id.equals(surveyId)) {
                return s.trackerId == null
                        ? null
                        : new Wave(s.trackerId, s.waveLabel, s.fieldedFrom, s.fieldedTo, i + 1);
            }
        }
        return null;
    }

    Survey survey(UUID id) {
        return surveys.stream().filter(s -> s.id.equals(id)).findFirst().orElseThrow();
    }

    /**
     * Whether a wave other than {@code except} (null: any wave) already has this label, whatever its case, as the
     * database's unique index sees it.
     */
    boolean labelTaken(String label, UUID except) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return surveys.stream()
                .anyMatch(s -> !s.id.equals(except)
                        && s.waveLabel != null
                        && s.waveLabel.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
