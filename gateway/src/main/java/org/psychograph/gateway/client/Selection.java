package org.psychograph.gateway.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.Segment;
import org.psychograph.gateway.model.SurveyTypes.Survey;

/**
 * The fields to ask a service for: what the caller selected of the service's own fields, plus the keys the
 * gateway's cross-service fields join on (a run's {@code surveyId}, a persona's {@code runId} and
 * {@code segmentId}...). Asking for exactly this, rather than every field of a type, is what keeps a gateway
 * query about as cheap as the same query sent to the service: a whole run or persona is hundreds of objects.
 *
 * <p>Built from SmallRye GraphQL's view of the caller's selection ({@code Context.getSelectedFields()}: names,
 * and one-entry objects for fields with a sub-selection), checked against the gateway's model classes, which
 * mirror the services' types. A selected name the model class does not declare is a field the gateway resolves
 * itself (the cross-service fields) and is not sent.
 */
public final class Selection {

    /** Fields each joinable type must carry for the cross-service resolvers, whatever the caller selected. */
    private static final Map<Class<?>, List<String>> JOIN_KEYS = Map.of(
            Survey.class, List.of("id"),
            Run.class, List.of("id", "surveyId"),
            Segment.class, List.of("id", "runId"),
            Persona.class, List.of("id", "runId", "segmentId"));

    private static final Set<Class<?>> LEAVES = Set.of(
            String.class,
            Integer.class,
            Long.class,
            Double.class,
            Boolean.class,
            OffsetDateTime.class,
            LocalDate.class);

    /**
     * A model class's fields (the service's fields of that type) and the class of their values, in declaration
     * order; read once per class, not per request.
     */
    private static final ClassValue<Map<String, Class<?>>> SERVICE_FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> type) {
            Map<String, Class<?>> fields = new LinkedHashMap<>();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.put(field.getName(), elementType(field.getGenericType()));
                }
            }
            return Collections.unmodifiableMap(fields);
        }
    };

    private final Class<?> type;
    /** Field name to its sub-selection, or null for a scalar. Insertion order is the order sent. */
    private final Map<String, Selection> fields;

    private Selection(Class<?> type, Map<String, Selection> fields) {
        this.type = type;
        this.fields = fields;
    }

    /** The caller's selection on an object of {@code type}, restricted to the service's fields, plus join keys. */
    public static Selection of(Class<?> type, JsonArray selected) {
        Map<String, Selection> fields = new LinkedHashMap<>();
        for (String key : JOIN_KEYS.getOrDefault(type, List.of())) {
            fields.put(key, null);
        }
        for (JsonValue entry : selected) {
            if (entry instanceof JsonString name) {
                Class<?> valueType = SERVICE_FIELDS.get(type).get(name.getString());
                if (valueType != null && isLeaf(valueType)) {
                    fields.putIfAbsent(name.getString(), null);
                }
            } else if (entry instanceof JsonObject nested) {
                for (Map.Entry<String, JsonValue> sub : nested.entrySet()) {
                    // absent: a field the gateway resolves itself (a cross-service field)
                    Class<?> subType = SERVICE_FIELDS.get(type).get(sub.getKey());
                    if (subType == null || !(sub.getValue() instanceof JsonArray subFields)) {
                        continue;
                    }
                    if (isLeaf(subType)) {
                        fields.putIfAbsent(sub.getKey(), null);
                    } else {
                        fields.merge(sub.getKey(), of(subType, subFields), Selection::union);
                    }
                }
            }
        }
        return new Selection(type, fields);
    }

    /** Every field of {@code type}, recursively: the most a caller can select; used to check the contract. */
    public static Selection everything(Class<?> type) {
        return everything(type, List.of());
    }

    /**
     * A type that holds itself (a survey's {@code waves} are surveys) is expanded once more inside itself, which
     * reaches every field of it, and no further: otherwise the selection would never end.
     */
    private static Selection everything(Class<?> type, List<Class<?>> outer) {
        List<Class<?>> path = new ArrayList<>(outer);
        path.add(type);
        Map<String, Selection> fields = new LinkedHashMap<>();
        SERVICE_FIELDS.get(type).forEach((name, valueType) -> {
            if (isLeaf(valueType)) {
                fields.put(name, null);
            } else if (Collections.frequency(path, valueType) < 2) {
                fields.put(name, everything(valueType, path));
            }
        });
        return new Selection(type, fields);
    }

    /**
     * This selection reached through one field of an outer type: e.g. a segment selection asked of
     * {@code runsByIds} as {@code { id surveyId segments { ... } }}.
     */
    public Selection within(Class<?> outer, String field) {
        Map<String, Selection> fields = new LinkedHashMap<>();
        for (String key : JOIN_KEYS.getOrDefault(outer, List.of())) {
            fields.put(key, null);
        }
        fields.put(field, this);
        return new Selection(outer, fields);
    }

    public Class<?> type() {
        return type;
    }

    /** The selection set as GraphQL text, e.g. {@code { id status segments { id runId label } }}. */
    public String render() {
        StringBuilder text = new StringBuilder();
        render(text);
        return text.toString();
    }

    private void render(StringBuilder text) {
        text.append("{ ");
        if (fields.isEmpty()) {
            // the caller selected none of the service's fields (only __typename, say): a selection may not be empty
            text.append("__typename ");
        }
        for (Map.Entry<String, Selection> field : fields.entrySet()) {
            text.append(field.getKey()).append(' ');
            if (field.getValue() != null) {
                field.getValue().render(text);
                text.append(' ');
            }
        }
        text.append('}');
    }

    private Selection union(Selection other) {
        Map<String, Selection> merged = new LinkedHashMap<>(fields);
        other.fields.forEach(
                (name, sub) -> merged.merge(name, sub, (a, b) -> a == null ? b : b == null ? a : a.union(b)));
        return new Selection(type, merged);
    }

    /** The class of a field's values: the element class of (nested) lists. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return elementType(parameterized.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    static boolean isLeaf(Class<?> type) {
        return LEAVES.contains(type) || type.isEnum() || type.isPrimitive();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " " + render();
    }
}
