package org.psychograph.survey.importing;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.psychograph.survey.service.ValidationException;

/** Bulk import of responses over REST: the request body is the file, streamed. */
@Path("/surveys/{surveyId}/imports")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Blocking
    @Consumes({"text/csv", "application/x-ndjson", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import responses from a CSV or NDJSON file, all or nothing",
            description = "CSV: a header row with the respondent id column and question codes; cells coded as "
                    + "documented (Yes/No, option labels, numbers; MULTI_CHOICE options separated by ';'). NDJSON: "
                    + "one {\"respondentId\", \"answers\": {code: value}, \"attributes\"} object per line. If any row "
                    + "is invalid nothing is written and the answer lists the errors. Importing the same file again "
                    + "changes nothing (rowsWritten 0).")
    @APIResponse(responseCode = "200", description = "Imported: rows read, written, unchanged, time taken")
    @APIResponse(responseCode = "422", description = "Rejected: nothing written; errors with row, column, value, reason")
    @APIResponse(responseCode = "400", description = "Invalid options or survey not OPEN")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "The caller lacks the analyst role")
    @APIResponse(responseCode = "404", description = "No such survey in the caller's workspaces")
    public Response importResponses(
            @PathParam("surveyId") String surveyId,
            @Parameter(description = "CSV (default) or NDJSON") @QueryParam("format") @DefaultValue("CSV") String format,
            @Parameter(description = "CSV column holding the respondent id")
            @QueryParam("respondentIdColumn") @DefaultValue("respondent_id") String idColumn,
            @Parameter(description = "For files without an id column: ids become this prefix + the row number")
            @QueryParam("rowIdPrefix") String rowIdPrefix,
            @Parameter(description = "Header name to question code, as name=code; repeatable")
            @QueryParam("map") List<String> mapping,
            InputStream body) throws Throwable {
        ImportOptions options = new ImportOptions(format(format), idColumn, blankToNull(rowIdPrefix), mapping(mapping));
        ImportReport report = imports.importFile(surveyId, options, body);
        int status = "IMPORTED".equals(report.status()) ? 200 : 422;
        return Response.status(status).entity(report).type(MediaType.APPLICATION_JSON).build();
    }

    private static ImportFormat format(String format) {
        try {
            return ImportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("format", "format must be CSV or NDJSON");
        }
    }

    private static Map<String, String> mapping(List<String> entries) {
        Map<String, String> map = new HashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new ValidationException("map", "mapping '" + entry + "' must look like header=code");
            }
            map.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return map;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
