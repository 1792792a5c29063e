package org.psychograph.persona.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The outcome of one campaign on one persona's segment, in one channel and period. */
@Entity
@Table(name = "campaign_result")
public class CampaignResult {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(name = "persona_id", nullable = false)
    public UUID personaId;

    @Column(nullable = false)
    public String campaign;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public long sent;

    @Column(nullable = false)
    public long opened;

    @Column(nullable = false)
    public long clicked;

    @Column(nullable = false)
    public long converted;

    @Column(nullable = false)
    public double revenue;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
