package org.psychograph.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Optional;

/**
 * A static service-account token ({@code psychograph.service-token}) used instead of OIDC client credentials
 * where no OIDC client is configured (module tests). Mapped at the key itself: a mapping of all of
 * {@code psychograph} would refuse the keys it does not know (the test resources' among them).
 */
@ConfigMapping(prefix = "psychograph.service-token")
public interface ServiceAccountConfig {

    @WithParentName
    Optional<String> token();
}
