package org.psychograph.persona.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.psychograph.persona.api.export.ExportFormat;
import org.psychograph.persona.api.export.PersonaExporter;
import org.psychograph.persona.error.ValidationException;

/** Download of a persona export, for browsers and tools that do not speak GraphQL. */
@Path("/personas/{id}/export")
@SecurityRequirement(name = "bearer")
public class PersonaExportResource {

    private final PersonaExporter exporter;

    public PersonaExportResource(PersonaExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Operation(summary = "Download a persona as Markdown, JSON or a self-contained HTML card")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "400", description = "Unknown format")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such persona in the caller's workspaces")
    public Uni<Response> export(@PathParam("id") String id, @QueryParam("format") @DefaultValue("HTML") String format) {
        return exporter.export(id, format(format))
                .map(e -> Response.ok(e.content())
                        .type(e.contentType())
                        .header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"")
                        .build());
    }

    private static ExportFormat format(String format) {
        try {
            return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("format", "format must be MARKDOWN, JSON or HTML");
        }
    }
}
