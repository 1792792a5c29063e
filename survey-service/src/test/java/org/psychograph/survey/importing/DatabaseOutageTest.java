package org.psychograph.survey.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A database that went away is told apart from a bug, through the wrappers an import's futures add. */
class DatabaseOutageTest {

    @Test
    void connectionFailuresAndShutdownsAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(ClosedConnectionException.INSTANCE)));
        assertTrue(DatabaseOutage.causedBy(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)));
        assertTrue(DatabaseOutage.causedBy(new PgException("connection failure", "FATAL", "08006", null)));
    }

    @Test
    void whileWritingAnIoFailureIsTheDatabaseGoingAway() {
        RuntimeException brokenPipe = new CompletionException(new java.io.IOException("Broken pipe"));
        assertTrue(
                DatabaseOutage.whileWriting(brokenPipe) instanceof org.psychograph.survey.error.UnavailableException);
        RuntimeException bug = new IllegalStateException("a bug");
        assertTrue(DatabaseOutage.whileWriting(bug) == bug, "anything else is passed on as it is");
        assertFalse(DatabaseOutage.causedBy(brokenPipe), "outside writing, I/O failures may be the client's");
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causedBy(new PgException("duplicate key value", "ERROR", "23505", null)));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
