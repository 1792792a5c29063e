package org.psychograph.persona.client;

import java.util.List;

/** One segment of a run's chosen solution, with its profile and descriptor breakdowns. */
public record Segment(
        String id,
        int number,
        String label,
        int size,
        double share,
        Double stability,
        List<ProfileEntry> profile,
        List<DescriptorBreakdown> descriptors) {

    public List<ProfileEntry> profile() {
        return profile == null ? List.of() : profile;
    }

    public List<DescriptorBreakdown> descriptors() {
        return descriptors == null ? List.of() : descriptors;
    }
}
