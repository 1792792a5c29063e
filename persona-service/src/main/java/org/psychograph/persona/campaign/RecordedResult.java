package org.psychograph.persona.campaign;

import org.psychograph.persona.model.CampaignResult;

/** A campaign result as recorded, with the name its persona has now. */
public record RecordedResult(CampaignResult result, String personaName) {}
