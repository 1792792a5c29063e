package org.psychograph.persona.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psychograph.persona.generation.MeaningOverride;
import org.psychograph.persona.model.MeaningCorrection;
import org.psychograph.persona.rules.RulePack;

/** A survey's corrected question meanings, as the generator takes them and as part of a generation's key. */
record MeaningCorrections(Map<String, MeaningOverride> overrides) {

    static MeaningCorrections of(List<MeaningCorrection> rows) {
        Map<String, MeaningOverride> out = new LinkedHashMap<>();
        rows.stream()
                .sorted(java.util.Comparator.comparing((MeaningCorrection c) -> c.questionCode))
                .forEach(c -> out.put(c.questionCode, new MeaningOverride(c.concept, c.pole)));
        return new MeaningCorrections(out);
    }

    /**
     * What makes a generation idempotent: the rule pack version, and a digest of the corrections when there are
     * any, so correcting a meaning and generating again writes new versions, and generating twice does not.
     */
    String generationKey(RulePack pack) {
        if (overrides.isEmpty()) {
            return pack.key();
        }
        StringBuilder text = new StringBuilder();
        overrides.forEach((code, o) -> text.append(code)
                .append('=')
                .append(o.concept())
                .append(':')
                .append(o.pole())
                .append('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return pack.key() + "+meanings:" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
