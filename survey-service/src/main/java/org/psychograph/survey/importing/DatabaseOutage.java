package org.psychograph.survey.importing;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;

/**
 * Whether a failure means the database went away (stopped, restarted, failed over, unreachable) rather than a bug:
 * such an import is answered UNAVAILABLE (HTTP 503, try again), not "internal error" (500).
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: shut down or not accepting connections yet
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
