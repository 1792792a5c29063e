package org.psychograph.persona.meaning;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The concepts shipped with the default rule pack ({@code rulepacks/concepts.yaml}), in the file's order. */
public final class ConceptVocabulary {

    private static final String RESOURCE = "rulepacks/concepts.yaml";
    private static volatile ConceptVocabulary defaults;

    private final Map<String, Concept> concepts = new LinkedHashMap<>();

    record Document(List<Concept> concepts) {}

    ConceptVocabulary(List<Concept> list) {
        list.forEach(c -> concepts.put(c.id(), c));
    }

    public static ConceptVocabulary defaults() {
        ConceptVocabulary v = defaults;
        if (v == null) {
            synchronized (ConceptVocabulary.class) {
                if (defaults == null) {
                    defaults = load();
                }
                v = defaults;
            }
        }
        return v;
    }

    private static ConceptVocabulary load() {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ConceptVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ConceptVocabulary(yaml.readValue(in, Document.class).concepts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String id) {
        return concepts.containsKey(id);
    }

    public Set<String> ids() {
        return concepts.keySet();
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    public List<Concept> all() {
        return List.copyOf(concepts.values());
    }
}
