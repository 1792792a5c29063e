package org.psychograph.segmentation.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The service's own datasource settings, read again for the worker's LISTEN connection, which Quarkus' pool
 * cannot lend (a LISTEN needs a connection of its own that lives as long as the worker).
 */
@ConfigMapping(prefix = "quarkus.datasource")
public interface DatasourceConfig {

    Optional<String> username();

    Optional<String> password();

    Reactive reactive();

    interface Reactive {

        Optional<String> url();
    }
}
