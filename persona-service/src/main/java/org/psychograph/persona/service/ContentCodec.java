package org.psychograph.persona.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.psychograph.persona.generation.PersonaContent;

/** Persona content to and from the JSON stored per version. */
public final class ContentCodec {

    // its own mapper: the stored format must not change when the REST layer's JSON settings do
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContentCodec() {
    }

    public static String write(PersonaContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("persona content cannot be written as JSON", e);
        }
    }

    public static PersonaContent read(String json) {
        try {
            return MAPPER.readValue(json, PersonaContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored persona content is not readable", e);
        }
    }
}
