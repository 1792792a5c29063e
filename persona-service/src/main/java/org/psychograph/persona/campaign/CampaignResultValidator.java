package org.psychograph.persona.campaign;

import org.psychograph.persona.error.ValidationException;

/** A campaign result must be a possible funnel: converted <= clicked <= opened <= sent, nothing negative. */
final class CampaignResultValidator {

    private CampaignResultValidator() {}

    static void validate(CampaignOutcome in) {
        text("campaign", in.campaign(), 200);
        text("channel", in.channel(), 100);
        text("period", in.period(), 50);
        nonNegative("sent", in.sent());
        nonNegative("opened", in.opened());
        nonNegative("clicked", in.clicked());
        nonNegative("converted", in.converted());
        if (in.sent() == 0) {
            throw new ValidationException(
                    "input.sent", "sent must be at least 1: a campaign that reached no one has no rates");
        }
        if (in.opened() > in.sent()) {
            throw new ValidationException(
                    "input.opened", "opened (" + in.opened() + ") cannot exceed sent (" + in.sent() + ")");
        }
        if (in.clicked() > in.opened()) {
            throw new ValidationException(
                    "input.clicked", "clicked (" + in.clicked() + ") cannot exceed opened (" + in.opened() + ")");
        }
        if (in.converted() > in.clicked()) {
            throw new ValidationException(
                    "input.converted",
                    "converted (" + in.converted() + ") cannot exceed clicked (" + in.clicked() + ")");
        }
        if (in.revenue() != null
                && (in.revenue() < 0 || in.revenue().isNaN() || in.revenue().isInfinite())) {
            throw new ValidationException("input.revenue", "revenue must be a number of at least 0");
        }
    }

    private static void nonNegative(String field, long value) {
        if (value < 0) {
            throw new ValidationException("input." + field, field + " cannot be negative (" + value + ")");
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ValidationException("input." + field, field + " must have 1 to " + max + " characters");
        }
    }
}
