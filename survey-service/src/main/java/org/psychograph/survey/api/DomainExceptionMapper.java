package org.psychograph.survey.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.psychograph.survey.error.DomainException;

/** REST answers for domain errors: the same codes as GraphQL's extensions.code, with the field. */
public class DomainExceptionMapper {

    /** What a client told UNAVAILABLE should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;

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
        Response.ResponseBuilder answer =
                Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (status == 503) {
            answer.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }
}
