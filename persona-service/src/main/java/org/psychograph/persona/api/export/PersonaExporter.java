package org.psychograph.persona.api.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psychograph.persona.api.types.PersonaView;
import org.psychograph.persona.api.types.StatementView;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.service.PersonaService;

/** Markdown, JSON and the printable HTML card of a persona (the templates are in templates/). */
@ApplicationScoped
public class PersonaExporter {

    private final PersonaService personas;
    private final Template card;
    private final Template markdown;
    private final ObjectMapper json;

    public PersonaExporter(
            PersonaService personas,
            @Location("persona-card.html") Template card,
            @Location("persona.md") Template markdown,
            ObjectMapper json) {
        this.personas = personas;
        this.card = card;
        this.markdown = markdown;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Uni<PersonaExport> export(String id, ExportFormat format) {
        if (format == null) {
            throw new ValidationException("format", "format must be MARKDOWN, JSON or HTML");
        }
        return personas.readable(id).map(p -> render(p.content(), PersonaView.of(p), format));
    }

    private PersonaExport render(PersonaContent content, PersonaView view, ExportFormat format) {
        String body = switch (format) {
            case JSON -> toJson(view);
            case MARKDOWN ->
                markdown.data("p", view)
                        .data("sections", Sections.of(view))
                        .data("gaps", Gap.of(view))
                        .render();
            case HTML ->
                card.data("p", view)
                        .data("sections", Sections.of(view))
                        .data("gaps", Gap.of(view))
                        .data("chart", ProfileChart.svg(content.chart()))
                        .render();
        };
        return new PersonaExport(format, format.contentType, fileName(view.name(), format), body);
    }

    private String toJson(PersonaView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("persona " + view.id() + " cannot be written as JSON", e);
        }
    }

    static String fileName(String name, ExportFormat format) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "persona" : slug) + "." + format.extension;
    }

    /** A section the card leaves empty, with its title and the reason. */
    @TemplateData
    public record Gap(String title, String reason) {

        static List<Gap> of(PersonaView v) {
            return v.emptySections().stream()
                    .map(e -> new Gap(Sections.TITLES.getOrDefault(e.section(), e.section()), e.reason()))
                    .toList();
        }
    }

    /** The sections of a persona as titled lists, in reading order, empty ones left out. */
    @TemplateData
    public record Sections(String title, List<StatementView> statements) {

        /** A section's title by its persona field. */
        static final Map<String, String> TITLES = Map.ofEntries(
                Map.entry("identity", "Identity"),
                Map.entry("values", "Values"),
                Map.entry("interests", "Interests"),
                Map.entry("lifestyle", "Lifestyle"),
                Map.entry("attitudes", "Attitudes"),
                Map.entry("personality", "Personality"),
                Map.entry("goals", "Goals"),
                Map.entry("motivations", "Motivations"),
                Map.entry("painPoints", "Pain points and barriers"),
                Map.entry("buyingBehaviour", "Buying behaviour"),
                Map.entry("b2bRole", "B2B role"),
                Map.entry("channels", "Channels and media"),
                Map.entry("tone", "Tone"),
                Map.entry("keyMessages", "Key messages"),
                Map.entry("avoid", "Avoid"));

        static List<Sections> of(PersonaView v) {
            List<Sections> all = new ArrayList<>();
            add(all, "identity", v.identity());
            add(all, "values", v.values());
            add(all, "interests", v.interests());
            add(all, "lifestyle", v.lifestyle());
            add(all, "attitudes", v.attitudes());
            add(all, "personality", v.personality());
            add(all, "goals", v.goals());
            add(all, "motivations", v.motivations());
            add(all, "painPoints", v.painPoints());
            add(all, "buyingBehaviour", v.buyingBehaviour());
            add(all, "b2bRole", v.b2bRole());
            add(all, "channels", v.channels());
            add(
                    all,
                    "tone",
                    v.messaging().tone() == null ? null : List.of(v.messaging().tone()));
            add(all, "keyMessages", v.messaging().keyMessages());
            add(all, "avoid", v.messaging().avoid());
            return all;
        }

        private static void add(List<Sections> all, String field, List<StatementView> list) {
            if (list != null && !list.isEmpty()) {
                all.add(new Sections(TITLES.get(field), list));
            }
        }
    }
}
