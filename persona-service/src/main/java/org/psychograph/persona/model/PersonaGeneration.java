package org.psychograph.persona.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A (run, rule pack version) already turned into personas. */
@Entity
@Table(name = "persona_generation")
public class PersonaGeneration {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(name = "rule_pack", nullable = false)
    public String rulePack;

    @Column(nullable = false)
    public int personas;

    @Column(name = "generated_by", nullable = false)
    public String generatedBy;

    @Column(name = "generated_at", nullable = false)
    public OffsetDateTime generatedAt;
}
