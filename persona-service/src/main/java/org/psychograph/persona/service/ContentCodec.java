package org.psychograph.persona.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.psychograph.persona.generation.PersonaContent;

/**
 * Persona content to and from the JSON stored per version: a stored document {@code {"format": N, "body": ...}}
 * (ADR 0010), read by every later release. Fields it does not know are skipped and fields it lacks are null; a
 * document without the envelope is format 0 (written before formats existed); a format newer than {@link #FORMAT}
 * is refused with a message that says so. The API maps the content to its views, so renaming a view field never
 * touches what is stored.
 */
public final class ContentCodec {

    /** The format this release writes, and so the newest it reads. */
    public static final int FORMAT = 1;

    // its own mapper: the stored format must not change when the REST layer's JSON settings do
    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContentCodec() {}

    public static String write(PersonaContent content) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", FORMAT);
        document.set("body", MAPPER.valueToTree(content));
        try {
            return MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException("persona content cannot be written as JSON", e);
        }
    }

    public static PersonaContent read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored persona content is not readable", e);
        }
        // format 0 has neither field (its own fields are name, sections, ...); a later envelope may add fields
        boolean enveloped = node.isObject() && node.has("format") && node.has("body");
        int format = enveloped ? node.get("format").asInt() : 0;
        if (format > FORMAT) {
            throw new IllegalStateException("the persona content was stored in format " + format + " by a newer "
                    + "release; this one reads formats 0 to " + FORMAT);
        }
        try {
            return MAPPER.treeToValue(enveloped ? node.get("body") : node, PersonaContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored persona content is not readable", e);
        }
    }
}
