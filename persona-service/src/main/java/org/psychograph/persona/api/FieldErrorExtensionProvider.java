package org.psychograph.persona.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.psychograph.persona.error.DomainException;

/** Adds {@code extensions.field}: the input field a domain error is about (registered via ServiceLoader). */
public class FieldErrorExtensionProvider implements io.smallrye.graphql.api.ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof DomainException domain && domain.field() != null) {
            return Json.createValue(domain.field());
        }
        return JsonValue.NULL;
    }
}
