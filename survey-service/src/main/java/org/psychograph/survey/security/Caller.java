package org.psychograph.survey.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.psychograph.survey.error.ForbiddenException;
import org.psychograph.survey.error.ValidationException;

/**
 * Who is calling: roles and the workspaces the token grants.
 *
 * <p>The workspaces come from the token's {@code workspaces} claim (a JSON array of workspace ids;
 * a space-separated string is accepted too). Role checks are done here rather than with
 * {@code @RolesAllowed} so that GraphQL callers get the suite's codes ({@code FORBIDDEN}) instead of
 * SmallRye's lower-case ones.
 */
@RequestScoped
public class Caller {

    public static final String WORKSPACES_CLAIM = "workspaces";
    /** The realm role of the suite's service account (client credentials): reads for background work only. */
    public static final String SERVICE_ROLE = "service";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Readers: viewer, analyst or admin. */
    public void requireReader() {
        // "service": the suite's own background work (workers, persona-service) reads, and writes nothing here
        if (!(identity.hasRole("viewer")
                || identity.hasRole("analyst")
                || identity.hasRole("admin")
                || identity.hasRole(SERVICE_ROLE))) {
            throw new ForbiddenException("reading needs the role viewer, analyst or admin");
        }
    }

    /** Writers: analyst or admin. */
    public void requireAnalyst() {
        if (!(identity.hasRole("analyst") || identity.hasRole("admin"))) {
            throw new ForbiddenException("this operation needs the role analyst or admin");
        }
    }

    public Set<String> workspaces() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Set.of();
        }
        Object claim = jwt.getClaim(WORKSPACES_CLAIM);
        Set<String> result = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (var value : array) {
                if (value instanceof JsonString s) {
                    result.add(s.getString());
                }
            }
        } else if (claim instanceof JsonString s) {
            result.addAll(Set.of(s.getString().trim().split("\\s+")));
        } else if (claim instanceof String s) {
            result.addAll(Set.of(s.trim().split("\\s+")));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> result.add(String.valueOf(v)));
        }
        result.remove("");
        return result;
    }

    /** The workspace a new object goes to: the one asked for, or the caller's only one. */
    public String targetWorkspace(String requested) {
        Set<String> mine = workspaces();
        if (requested != null) {
            if (!mine.contains(requested)) {
                throw new ForbiddenException("the token does not grant workspace " + requested);
            }
            return requested;
        }
        if (mine.size() == 1) {
            return mine.iterator().next();
        }
        throw new ValidationException(
                "workspaceId",
                mine.isEmpty() ? "the token grants no workspace" : "the token grants several workspaces: name one");
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
