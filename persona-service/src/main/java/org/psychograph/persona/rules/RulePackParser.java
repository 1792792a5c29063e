package org.psychograph.persona.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.psychograph.persona.meaning.ConceptVocabulary;
import org.psychograph.persona.rules.RulePackDocument.ArchetypeRule;
import org.psychograph.persona.rules.RulePackDocument.DescriptorRule;
import org.psychograph.persona.rules.RulePackDocument.Signal;

/** Reads a rule pack from YAML (JSON is YAML too) and reports every problem with its line. */
public final class RulePackParser {

    public static final int MAX_CHARS = 200_000;
    static final Set<String> PLACEHOLDERS = Set.of("question", "segment", "overall", "category", "label");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RulePackParser() {}

    public static RulePackDocument parse(String text) throws RulePackRejected {
        if (text == null || text.isBlank()) {
            throw RulePackRejected.of(new RulePackProblem(1, "", "the document is empty"));
        }
        if (text.length() > MAX_CHARS) {
            throw RulePackRejected.of(
                    new RulePackProblem(0, "", "a rule pack may have at most " + MAX_CHARS + " characters"));
        }
        LocatedYaml yaml = LocatedYaml.parse(text);
        RulePackDocument doc;
        try {
            doc = MAPPER.treeToValue(yaml.root, RulePackDocument.class);
        } catch (JsonMappingException e) {
            String path = path(e.getPath());
            String reason = e instanceof UnrecognizedPropertyException u
                    ? "unknown field '" + u.getPropertyName() + "'"
                    : e.getOriginalMessage().split("\n")[0];
            throw RulePackRejected.of(new RulePackProblem(yaml.lineOf(path), path, reason));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw RulePackRejected.of(new RulePackProblem(1, "", e.getMessage()));
        }
        List<RulePackProblem> problems = new ArrayList<>();
        new Checks(yaml, problems).document(doc);
        if (!problems.isEmpty()) {
            throw new RulePackRejected(problems);
        }
        return doc;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The semantic checks Jackson cannot do; each problem keeps the line of the node it is about. */
    private record Checks(LocatedYaml yaml, List<RulePackProblem> problems) {

        void document(RulePackDocument doc) {
            if (doc.name() == null || !ID.matcher(doc.name()).matches()) {
                fail("name", "name is required: 1 to 40 lower-case letters, digits or '-'");
            }
            if (doc.names() == null) {
                fail("names", "names is required (style and firstNames)");
            } else {
                if (doc.names().style() == null) {
                    fail("names.style", "style is required: ALLITERATIVE or PLAIN");
                }
                List<String> first = doc.names().firstNames();
                if (first == null || first.size() < 2) {
                    fail("names.firstNames", "give at least 2 first names");
                } else {
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < first.size(); i++) {
                        if (first.get(i) == null || first.get(i).isBlank()) {
                            fail("names.firstNames[" + i + "]", "a first name cannot be empty");
                        } else if (!seen.add(first.get(i))) {
                            fail("names.firstNames[" + i + "]", "'" + first.get(i) + "' is listed twice");
                        }
                    }
                }
            }
            if (doc.markers() == null) {
                fail("markers", "markers is required (high and low phrases)");
            } else {
                phrase("markers.high", doc.markers().high(), true);
                phrase("markers.low", doc.markers().low(), true);
                doc.markers().questions().forEach((code, q) -> {
                    phrase("markers.questions." + code + ".high", q == null ? null : q.high(), false);
                    phrase("markers.questions." + code + ".low", q == null ? null : q.low(), false);
                });
            }
            if (doc.archetypes().isEmpty()) {
                fail("archetypes", "at least one archetype is required");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < doc.archetypes().size(); i++) {
                archetype(
                        "archetypes[" + i + "]",
                        doc.archetypes().get(i),
                        ids,
                        doc.names() != null && doc.names().style() == NamingStyle.ALLITERATIVE);
            }
            doc.meanings().forEach((code, b) -> {
                String at = "meanings." + code;
                if (b == null
                        || b.concept() == null
                        || !ConceptVocabulary.defaults().has(b.concept())) {
                    fail(
                            at + ".concept",
                            "a known concept is required; known: "
                                    + String.join(
                                            ", ", ConceptVocabulary.defaults().ids()));
                }
                if (b != null && b.pole() == null) {
                    fail(at + ".pole", "pole is required: HIGH or LOW");
                }
            });
            descriptors("identity", doc.identity());
            descriptors("b2b", doc.b2b());
            descriptors("channels", doc.channels());
        }

        void archetype(String at, ArchetypeRule a, Set<String> ids, boolean alliterative) {
            if (a == null) {
                fail(at, "an archetype cannot be empty");
                return;
            }
            if (a.id() == null || !ID.matcher(a.id()).matches()) {
                fail(at + ".id", "id is required: lower-case letters, digits or '-'");
            } else if (!ids.add(a.id())) {
                fail(at + ".id", "archetype id '" + a.id() + "' is used twice");
            }
            if (a.label() == null || a.label().isBlank()) {
                fail(at + ".label", "label is required");
            }
            if (alliterative && (a.nickname() == null || a.nickname().isBlank())) {
                fail(at + ".nickname", "nickname is required when names.style is ALLITERATIVE");
            }
            if (a.when() == null || (a.when().any().isEmpty() && a.when().all().isEmpty())) {
                fail(at + ".when", "when needs at least one signal under 'any' or 'all'");
            } else {
                signals(at + ".when.any", a.when().any());
                signals(at + ".when.all", a.when().all());
            }
            phrase(at + ".tagline", a.tagline(), false);
            phrase(at + ".tone", a.tone(), false);
            phrases(at + ".goals", a.goals());
            phrases(at + ".motivations", a.motivations());
            phrases(at + ".painPoints", a.painPoints());
            phrases(at + ".buyingBehaviour", a.buyingBehaviour());
            phrases(at + ".keyMessages", a.keyMessages());
            phrases(at + ".avoid", a.avoid());
        }

        void signals(String at, List<Signal> signals) {
            for (int i = 0; i < signals.size(); i++) {
                Signal s = signals.get(i);
                String here = at + "[" + i + "]";
                if (s == null) {
                    fail(here, "a signal cannot be empty");
                    continue;
                }
                if (s.concept() == null) {
                    pattern(here + ".question", s.question(), true);
                } else if (s.question() != null) {
                    fail(here, "a signal names a concept or a question pattern, not both");
                } else if (!ConceptVocabulary.defaults().has(s.concept())) {
                    fail(
                            here + ".concept",
                            "unknown concept '" + s.concept() + "'; known: "
                                    + String.join(
                                            ", ", ConceptVocabulary.defaults().ids()));
                }
                if (s.direction() == null) {
                    fail(here + ".direction", "direction is required: HIGH or LOW");
                }
            }
        }

        void descriptors(String at, List<DescriptorRule> rules) {
            for (int i = 0; i < rules.size(); i++) {
                DescriptorRule r = rules.get(i);
                String here = at + "[" + i + "]";
                if (r == null) {
                    fail(here, "a rule cannot be empty");
                    continue;
                }
                if (r.label() == null || r.label().isBlank()) {
                    fail(here + ".label", "label is required");
                }
                pattern(here + ".question", r.question(), true);
                pattern(here + ".category", r.category(), false);
                phrase(here + ".phrase", r.phrase(), false);
            }
        }

        void phrases(String at, List<String> list) {
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    phrase(at + "[" + i + "]", list.get(i), true);
                }
            }
        }

        void phrase(String at, String text, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) {
                    fail(at, "a phrase is required here");
                }
                return;
            }
            if (text.length() > 500) {
                fail(at, "a phrase may have at most 500 characters");
            }
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    fail(
                            at,
                            "unknown placeholder {" + m.group(1) + "}; use {question}, {segment}, {overall}, "
                                    + "{category} or {label}");
                }
            }
        }

        void pattern(String at, String regex, boolean required) {
            if (regex == null || regex.isBlank()) {
                if (required) {
                    fail(at, "a pattern is required here");
                }
                return;
            }
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                fail(at, "not a valid pattern: " + e.getDescription());
            }
        }

        void fail(String path, String reason) {
            problems.add(new RulePackProblem(yaml.lineOf(path), path, reason));
        }
    }
}
