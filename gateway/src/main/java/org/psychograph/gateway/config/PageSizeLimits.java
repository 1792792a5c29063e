package org.psychograph.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.psychograph.gateway.error.ValidationException;

/**
 * The largest page each service serves. The gateway rejects a larger {@code first} before calling, with a
 * clear VALIDATION error, instead of passing an oversized request on.
 */
@ConfigMapping(prefix = "psychograph.gateway.page-size")
public interface PageSizeLimits {

    @WithDefault("100")
    int surveys();

    @WithDefault("1000")
    int responses();

    @WithDefault("10000")
    int responseMatrix();

    @WithDefault("100")
    int runs();

    @WithDefault("1000")
    int assignments();

    @WithDefault("1000")
    int appliedAssignments();

    /** Throws VALIDATION on field {@code first} unless it is left out or within 1..max. */
    static void check(Integer first, int max) {
        if (first != null && (first < 1 || first > max)) {
            throw new ValidationException("first", "page size must be between 1 and " + max + ", was " + first);
        }
    }
}
