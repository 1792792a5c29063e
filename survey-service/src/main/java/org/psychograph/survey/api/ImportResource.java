package org.psychograph.survey.api;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.psychograph.survey.coding.MissingCodes;
import org.psychograph.survey.coding.StoredText;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.importing.ImportFormat;
import org.psychograph.survey.importing.ImportOptions;
import org.psychograph.survey.importing.ImportOptions.UnknownColumns;
import org.psychograph.survey.importing.ImportReport;
import org.psychograph.survey.importing.ImportService;

/** Bulk import of responses over REST: the request body is the file, streamed. */
@Path("/surveys/{surveyId}/imports")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    /** Respondent ids have at most 200 characters; a prefix leaves room for the row number. */
    static final int MAX_ROW_ID_PREFIX = 100;

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Blocking
    @Consumes({"text/csv", "application/x-ndjson", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import responses from a CSV or NDJSON file, all or nothing",
            description = "CSV: a header row with the respondent id column and question codes (a UTF-8 byte-order "
                    + "mark is allowed); cells coded as documented (Yes/No, option labels, numbers; MULTI_CHOICE "
                    + "options separated by ';'; NUMERIC answers finite, at most 1e12 in size). NDJSON: one "
                    + "{\"respondentId\", \"answers\": {code: value}, \"attributes\"} object per line, no key "
                    + "twice. If any row is invalid, or the file has no data rows, nothing is written and the answer "
                    + "lists the errors. Importing the same file again changes nothing (rowsWritten 0). Exports with "
                    + "extra columns: unknownColumns=IGNORE or columns=...; skipped columns are listed in "
                    + "ignoredColumns. Codes for 'not answered': missing=code:value. Limits: file size, rows, cell "
                    + "and row length, and a minimum upload pace (docs/operations.md).")
    @APIResponse(
            responseCode = "200",
            description = "Imported: rows read, written, unchanged, time taken, ignored columns")
    @APIResponse(
            responseCode = "422",
            description = "Rejected: nothing written; errors with row, column, value, reason")
    @APIResponse(responseCode = "400", description = "Invalid options (the field is named) or survey not OPEN")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "The caller lacks the analyst role")
    @APIResponse(responseCode = "404", description = "No such survey in the caller's workspaces")
    @APIResponse(
            responseCode = "503",
            description =
                    "Not now, nothing written: the instance's imports stayed busy for "
                            + "psychograph.import.max-wait, or the database went away during the import; try again after Retry-After")
    public Response importResponses(
            @PathParam("surveyId") String surveyId,
            @Parameter(description = "CSV (default) or NDJSON") @QueryParam("format") @DefaultValue("CSV")
                    String format,
            @Parameter(description = "CSV column holding the respondent id")
                    @QueryParam("respondentIdColumn")
                    @DefaultValue("respondent_id")
                    String idColumn,
            @Parameter(description = "For files without an id column: ids become this prefix + the row number")
                    @QueryParam("rowIdPrefix")
                    String rowIdPrefix,
            @Parameter(description = "Header name to question code, as name=code; repeatable") @QueryParam("map")
                    List<String> mapping,
            @Parameter(
                            description =
                                    "Columns (NDJSON: answer keys) that are no question's code: REFUSE the file "
                                            + "(default) or IGNORE them; ignored ones are listed in the report's ignoredColumns")
                    @QueryParam("unknownColumns")
                    @DefaultValue("REFUSE")
                    String unknownColumns,
            @Parameter(
                            description =
                                    "Only these question codes are read, comma-separated (or the parameter "
                                            + "repeated); every other column is ignored and listed in ignoredColumns. Each must be in the file")
                    @QueryParam("columns")
                    List<String> columns,
            @Parameter(
                            description = "A value that means 'not answered', as code:value (the question's code, or * "
                                    + "for every question), e.g. missing=*:-99 or missing=q1:0; repeatable. Such cells are stored "
                                    + "as not answered (SPSS user-missing values)")
                    @QueryParam("missing")
                    List<String> missing,
            @Context HttpServerRequest request,
            InputStream body)
            throws Throwable {
        ImportOptions options = new ImportOptions(
                format(format),
                idColumn,
                rowIdPrefix(rowIdPrefix),
                mapping(mapping),
                unknownColumns(unknownColumns),
                columns(columns),
                missing(missing));
        ImportReport report = imports.importFile(
                surveyId, options, body, () -> request.connection().close());
        int status = "IMPORTED".equals(report.status()) ? 200 : 422;
        return Response.status(status)
                .entity(report)
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    private static ImportFormat format(String format) {
        try {
            return ImportFormat.valueOf(format.toUpperCase(Locale.ROOT));
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

    private static UnknownColumns unknownColumns(String value) {
        try {
            return UnknownColumns.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("unknownColumns", "unknownColumns must be REFUSE or IGNORE");
        }
    }

    /** The codes to take, or null for all. */
    private static Set<String> columns(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            for (String code : value.split(",")) {
                if (!code.isBlank() && !codes.add(code.strip())) {
                    throw new ValidationException("columns", "column '" + code.strip() + "' is named twice");
                }
            }
        }
        if (codes.isEmpty()) {
            throw new ValidationException("columns", "columns must name at least one question code");
        }
        return codes;
    }

    private static MissingCodes missing(List<String> entries) {
        Map<String, Set<String>> codes = new HashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            int colon = entry.indexOf(':');
            if (colon <= 0
                    || colon == entry.length() - 1
                    || entry.substring(colon + 1).isBlank()) {
                throw new ValidationException(
                        "missing",
                        "missing value '" + entry + "' must look like code:value (or *:value for every question)");
            }
            codes.computeIfAbsent(entry.substring(0, colon).strip(), c -> new HashSet<>())
                    .add(entry.substring(colon + 1).strip());
        }
        return codes.isEmpty() ? MissingCodes.NONE : new MissingCodes(codes);
    }

    private static String rowIdPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return null;
        }
        String problem = StoredText.problem(prefix);
        if (problem != null) {
            throw new ValidationException("rowIdPrefix", "rowIdPrefix " + problem);
        }
        // the query string's decoder replaces bytes that are not UTF-8 with U+FFFD: refuse rather than store a
        // different id than the client meant
        if (prefix.indexOf('\uFFFD') >= 0) {
            throw new ValidationException("rowIdPrefix", "rowIdPrefix is not valid UTF-8 (percent-encode UTF-8 bytes)");
        }
        if (prefix.length() > MAX_ROW_ID_PREFIX) {
            throw new ValidationException(
                    "rowIdPrefix", "rowIdPrefix has at most " + MAX_ROW_ID_PREFIX + " characters");
        }
        return prefix;
    }
}
