package org.psychograph.survey.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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

    /** The request: as {@code responseMatrix}'s arguments. */
    public record PageRequest(List<String> questionCodes, Integer first, String after) {}

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
    public Uni<Response> page(@PathParam("surveyId") String surveyId, PageRequest request) {
        PageRequest asked = request == null ? new PageRequest(null, null, null) : request;
        return matrix.matrix(surveyId, asked.questionCodes(), asked.first(), asked.after())
                .map(page -> Response.ok(
                                MatrixPageFormat.write(
                                        page, Connections.pageInfo(page.rows(), ResponseMatrix.Row::position)),
                                MatrixPageFormat.MEDIA_TYPE)
                        .build());
    }
}
