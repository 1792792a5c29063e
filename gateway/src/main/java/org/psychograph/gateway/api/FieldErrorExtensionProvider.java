package org.psychograph.gateway.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.psychograph.gateway.error.GatewayException;

/**
 * Adds {@code extensions.field}: the input field an error is about, whether the gateway found it (page
 * size) or a service did (registered via ServiceLoader).
 */
public class FieldErrorExtensionProvider implements io.smallrye.graphql.api.ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof GatewayException error && error.field() != null) {
            return Json.createValue(error.field());
        }
        return JsonValue.NULL;
    }
}
