package org.psychograph.persona.generation;

import org.psychograph.persona.client.CategoryShare;
import org.psychograph.persona.client.DescriptorBreakdown;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.client.Segment;

/** Turns segmentation-service's statistics into evidence items. */
final class EvidenceFactory {

    private EvidenceFactory() {}

    static Evidence of(ProfileEntry p) {
        return new Evidence(
                p.questionCode(),
                p.questionText(),
                EvidenceKind.PROFILE_MEAN,
                null,
                p.segmentMean(),
                p.overallMean(),
                p.difference(),
                p.standardisedDifference(),
                p.pValue(),
                "Welch t-test",
                Evidence.significant(p.pValue()));
    }

    static Evidence of(DescriptorBreakdown d) {
        double segment = d.segmentMean() == null ? 0 : d.segmentMean();
        double overall = d.overallMean() == null ? 0 : d.overallMean();
        return new Evidence(
                d.questionCode(),
                d.questionText(),
                EvidenceKind.DESCRIPTOR_MEAN,
                null,
                segment,
                overall,
                segment - overall,
                null,
                d.pValue(),
                d.test(),
                Evidence.significant(d.pValue()));
    }

    static Evidence of(DescriptorBreakdown d, CategoryShare c) {
        return new Evidence(
                d.questionCode(),
                d.questionText(),
                EvidenceKind.CATEGORY_SHARE,
                c.label(),
                c.segmentShare(),
                c.overallShare(),
                c.segmentShare() - c.overallShare(),
                null,
                d.pValue(),
                d.test(),
                Evidence.significant(d.pValue()));
    }

    static Evidence size(Segment s, int segments) {
        double even = segments == 0 ? 0 : 1.0 / segments;
        return new Evidence(
                "segment",
                "Share of respondents in segment " + s.number(),
                EvidenceKind.SEGMENT_SHARE,
                null,
                s.share(),
                even,
                s.share() - even,
                null,
                null,
                "segment size",
                false);
    }
}
