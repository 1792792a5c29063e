package org.psychograph.persona.api.export;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number formats for the export templates ({@code value.percent}, {@code value.fmt}, {@code p.pfmt}). */
@TemplateExtension
final class TemplateFormats {

    private TemplateFormats() {}

    static String percent(Double share) {
        return share == null ? "" : Math.round(share * 100) + "%";
    }

    static String fmt(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.2f" : "%.1f", value);
    }

    /** p-values below 0.001 are shown as such: more digits only suggest a precision the data lacks. */
    static String pfmt(Double p) {
        if (p == null) {
            return "";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
