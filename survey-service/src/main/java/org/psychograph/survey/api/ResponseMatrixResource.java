package org.psychograph.survey.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.service.ResponseMatrix;
import org.psychograph.survey.service.ResponseMatrixService;

/**
 * The response matrix page by page in {@link MatrixPageFormat}: what GraphQL's {@code responseMatrix} answers, for
 * clients that read whole surveys. POST because the request names up to 500 question codes, more than a URL
 * carries; it reads and changes nothing.
 */
@Path("/surveys/{surveyId}/matrix")
@SecurityRequirement(name = "bearer")
public class ResponseMatrixResource {

    /**
     * The request: as {@code responseMatrix}'s arguments, read strictly (as GraphQL would type them): an unknown
     * field, a fractional or out-of-range {@code first}, or a code that is not a string is refused by name rather
     * than ignored or rounded.
     */
    record PageRequest(List<String> questionCodes, Integer first, String after) {

        private static final Set<String> FIELDS = Set.of("questionCodes", "first", "after");

        static PageRequest of(JsonNode body) {
            if (body == null || body.isNull() || body.isMissingNode()) {
                return new PageRequest(null, null, null);
            }
            if (!body.isObject()) {
                throw new ValidationException("body", "a JSON object with questionCodes, first and after");
            }
            body.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    throw new ValidationException(name, "unknown field: the fields are questionCodes, first and after");
                }
            });
            return new PageRequest(
                    codes(body.get("questionCodes")), first(body.get("first")), after(body.get("after")));
        }

        private static List<String> codes(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isArray()) {
                throw new ValidationException("questionCodes", "a list of question codes");
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw new ValidationException("questionCodes[" + i + "]", "not a question code (a string)");
                }
                codes.add(node.get(i).asText());
            }
            return codes;
        }

        private static Integer first(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw new ValidationException("first", "a whole number of rows between 1 and 10000");
            }
            return node.intValue();
        }

        private static String after(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw new ValidationException("after", "not a cursor returned by this API");
            }
            return node.asText();
        }
    }

    private final ResponseMatrixService matrix;

    public ResponseMatrixResource(ResponseMatrixService matrix) {
        this.matrix = matrix;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MatrixPageFormat.MEDIA_TYPE)
    @Operation(
            summary = "Read one page of the numeric response matrix as bytes",
            description = "The page GraphQL's responseMatrix gives for the same questionCodes, first and after, in "
                    + "the binary layout of docs/response-coding.md (big-endian; float64 values, NaN = not "
                    + "answered). Same roles, workspace check and limits: at most 10000 rows per page, at most 500 "
                    + "question codes, each once. Reads only.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "Invalid argument: the field is named")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "The caller may not read responses")
    @APIResponse(responseCode = "404", description = "No such survey in the caller's workspaces")
    public Uni<Response> page(@PathParam("surveyId") String surveyId, JsonNode request) {
        PageRequest asked = PageRequest.of(request);
        return matrix.matrix(surveyId, asked.questionCodes(), asked.first(), asked.after())
                .map(page -> Response.ok(
                                MatrixPageFormat.write(
                                        page, Connections.pageInfo(page.rows(), ResponseMatrix.Row::position)),
                                MatrixPageFormat.MEDIA_TYPE)
                        .build());
    }
}
