package org.psychograph.persona.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.psychograph.persona.error.DomainException;

/** REST answers for domain errors: the same codes as GraphQL's extensions.code, with the field. */
public class DomainExceptionMapper {

    @ServerExceptionMapper
    public Response map(DomainException e) {
        int status = switch (e.code()) {
            case "NOT_FOUND" -> 404;
            case "FORBIDDEN" -> 403;
            case "UNAVAILABLE" -> 503;
            default -> 400;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("message", e.getMessage());
        if (e.field() != null) {
            body.put("field", e.field());
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }
}
