package org.psychograph.persona.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.model.StoredRulePack;
import org.psychograph.persona.repository.RulePackRepository;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackDocument;
import org.psychograph.persona.rules.RulePackParser;
import org.psychograph.persona.rules.RulePackProblem;
import org.psychograph.persona.rules.RulePackRejected;
import org.psychograph.persona.security.Caller;

/** The default rule pack and the packs workspaces upload; versions count per workspace. */
@ApplicationScoped
public class RulePackService {

    public static final String DEFAULT_NAME = "default";
    static final String DEFAULT_RESOURCE = "rulepacks/default.yaml";

    private final RulePackRepository packs;
    private final Caller caller;
    private final RulePack defaultPack;

    public RulePackService(RulePackRepository packs, Caller caller) {
        this.packs = packs;
        this.caller = caller;
        this.defaultPack = loadDefault();
    }

    public RulePack defaultPack() {
        return defaultPack;
    }

    /** The pack that writes a workspace's personas now: its latest upload, or the default. */
    @WithSession
    public Uni<RulePack> active(String workspaceId) {
        return packs.active(workspaceId).map(stored -> stored == null ? defaultPack : toPack(stored));
    }

    @WithSession
    public Uni<List<RulePack>> visible() {
        caller.requireReader();
        Set<String> workspaces = caller.workspaces();
        if (workspaces.isEmpty()) {
            return Uni.createFrom().item(List.of(defaultPack));
        }
        return packs.ofWorkspaces(workspaces).map(stored -> {
            List<RulePack> out = new ArrayList<>();
            out.add(defaultPack);
            stored.forEach(s -> out.add(toPack(s)));
            return out;
        });
    }

    /** Checks a pack without storing it. */
    public List<RulePackProblem> check(String yaml) {
        caller.requireReader();
        try {
            RulePackDocument doc = RulePackParser.parse(yaml);
            return reservedName(doc).map(List::of).orElse(List.of());
        } catch (RulePackRejected e) {
            return e.problems();
        }
    }

    @WithTransaction
    public Uni<RulePack> upload(String workspaceId, String yaml) {
        caller.requireAdmin();
        String workspace = caller.targetWorkspace(workspaceId);
        RulePackDocument doc;
        try {
            doc = RulePackParser.parse(yaml);
        } catch (RulePackRejected e) {
            throw new ValidationException("yaml", "rule pack rejected: " + describe(e.problems()));
        }
        reservedName(doc).ifPresent(p -> {
            throw new ValidationException("yaml", "rule pack rejected: " + p);
        });
        return packs.active(workspace).chain(latest -> {
            StoredRulePack stored = new StoredRulePack();
            stored.id = UUID.randomUUID();
            stored.workspaceId = workspace;
            stored.name = doc.name();
            stored.version = latest == null ? 1 : latest.version + 1;
            stored.source = yaml;
            stored.uploadedBy = caller.name();
            stored.uploadedAt = Clock.now();
            return packs.persist(stored).map(RulePackService::toPack);
        });
    }

    private static Optional<RulePackProblem> reservedName(RulePackDocument doc) {
        return DEFAULT_NAME.equals(doc.name())
                ? Optional.of(new RulePackProblem(1, "name", "the name 'default' is reserved for the built-in pack"))
                : Optional.empty();
    }

    static String describe(List<RulePackProblem> problems) {
        return String.join(
                "; ", problems.stream().map(RulePackProblem::toString).toList());
    }

    private static RulePack toPack(StoredRulePack stored) {
        try {
            return new RulePack(
                    stored.name,
                    stored.version,
                    stored.workspaceId,
                    RulePackParser.parse(stored.source),
                    stored.source);
        } catch (RulePackRejected e) {
            // it was valid when uploaded; only a change of the format could make it invalid now
            throw new IllegalStateException(
                    "stored rule pack " + stored.id + " no longer parses: " + describe(e.problems()));
        }
    }

    private static RulePack loadDefault() {
        try (InputStream in = RulePackService.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RulePackDocument doc = RulePackParser.parse(yaml);
            return new RulePack(DEFAULT_NAME, doc.version() == null ? 1 : doc.version(), null, doc, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulePackRejected e) {
            throw new IllegalStateException("the built-in rule pack is invalid: " + describe(e.problems()));
        }
    }
}
