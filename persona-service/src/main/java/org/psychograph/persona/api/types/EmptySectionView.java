package org.psychograph.persona.api.types;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.generation.PersonaSection;

@Type("EmptySection")
@Description("A section of the persona card with nothing in it, and why: the survey did not measure it, or this "
        + "segment does not differ there. Generation never fills a section with a trait the data does not show.")
public record EmptySectionView(
        @Description("The persona field that is empty (painPoints, channels, ...; tone and keyMessages are in "
                + "messaging)")
        @NonNull
        String section,

        @NonNull String reason) {

    static List<EmptySectionView> all(Map<PersonaSection, String> empty) {
        return empty.entrySet().stream()
                .map(e -> new EmptySectionView(field(e.getKey()), e.getValue()))
                .toList();
    }

    /** PAIN_POINTS as the GraphQL field painPoints. */
    static String field(PersonaSection section) {
        String[] words = section.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
