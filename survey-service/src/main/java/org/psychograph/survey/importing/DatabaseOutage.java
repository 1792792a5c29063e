package org.psychograph.survey.importing;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import org.psychograph.survey.error.DomainException;
import org.psychograph.survey.error.UnavailableException;

/**
 * Whether a failure means the database went away (stopped, restarted, failed over, unreachable) rather than a bug:
 * such an import is answered UNAVAILABLE (HTTP 503, try again), not "internal error" (500).
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * What to throw for a failure while the spooled rows are written: by then the upload has been read whole and the
     * spool fails with its own coded error, so an I/O failure can only be the database connection's (a broken pipe
     * or a reset when the server went away).
     */
    static RuntimeException whileWriting(RuntimeException failure) {
        if (failure instanceof DomainException) {
            return failure;
        }
        boolean io = false;
        for (Throwable t = failure; t != null && !io; t = t.getCause() == t ? null : t.getCause()) {
            io = t instanceof IOException;
        }
        return io || causedBy(failure) ? unavailable() : failure;
    }

    static UnavailableException unavailable() {
        return new UnavailableException(
                "database", "the database was unavailable during the import; nothing was " + "written: try again");
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: shut down or not accepting connections yet
            if (t instanceof PgException pg
                    && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
