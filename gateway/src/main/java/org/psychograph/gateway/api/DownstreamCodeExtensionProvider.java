package org.psychograph.gateway.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.psychograph.gateway.error.DownstreamErrorException;

/**
 * Adds {@code extensions.downstreamCode} to errors whose code the gateway does not know, so the service's
 * own code is not lost (registered via ServiceLoader).
 */
public class DownstreamCodeExtensionProvider implements io.smallrye.graphql.api.ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "downstreamCode";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof DownstreamErrorException error && error.downstreamCode() != null) {
            return Json.createValue(error.downstreamCode());
        }
        return JsonValue.NULL;
    }
}
