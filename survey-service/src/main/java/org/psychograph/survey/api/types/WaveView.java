package org.psychograph.survey.api.types;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.survey.service.Wave;

@Type("Wave")
@Description("A survey's place in a tracker: a survey fielded in waves is one survey per wave, linked by their "
        + "tracker; each wave has its own responses, imports, data quality and response matrix.")
public record WaveView(
        @NonNull
        @Id
        @Description("The tracker the wave belongs to (the first wave's survey id; it never changes): what makes "
                + "waves one study, e.g. for personas that continue from wave to wave")
        String trackerId,

        @NonNull String label,
        @Description("First day of fieldwork") LocalDate fieldedFrom,
        @Description("Last day of fieldwork") LocalDate fieldedTo,

        @Description("1-based place in the tracker: by fieldedFrom (a wave without it by the day it was created), "
                + "then by creation")
        int number) {

    public static WaveView of(Wave wave) {
        return wave == null
                ? null
                : new WaveView(
                        wave.trackerId().toString(), wave.label(), wave.fieldedFrom(), wave.fieldedTo(), wave.number());
    }
}
