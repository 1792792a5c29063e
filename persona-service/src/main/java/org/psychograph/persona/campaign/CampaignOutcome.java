package org.psychograph.persona.campaign;

/** One campaign outcome as reported for a persona's segment; checked by {@link CampaignResultValidator}. */
public record CampaignOutcome(
        String personaId,
        String campaign,
        String channel,
        String period,
        Long sent,
        Long opened,
        Long clicked,
        Long converted,
        Double revenue) {}
