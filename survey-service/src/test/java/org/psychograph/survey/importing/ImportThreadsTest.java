package org.psychograph.survey.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImportThreadsTest {

    @Test
    void anImportsWorkRunsOnALowPriorityImportThread() throws Exception {
        ImportThreads threads = new ImportThreads(2);
        try {
            Thread caller = Thread.currentThread();
            Thread worker = threads.call(Thread::currentThread);
            assertTrue(worker != caller, "the work ran on the caller's thread");
            assertTrue(worker.getName().startsWith("import-"), worker.getName());
            assertEquals(Thread.MIN_PRIORITY, worker.getPriority());
            assertEquals(Thread.NORM_PRIORITY, caller.getPriority(), "the caller's priority is left alone");
        } finally {
            threads.close();
        }
    }

    @Test
    void theWorksOwnExceptionReachesTheCallerUnwrapped() {
        ImportThreads threads = new ImportThreads(1);
        try {
            IOException cut = new IOException("the client went away");
            IOException thrown = assertThrows(
                    IOException.class,
                    () -> threads.call(() -> {
                        throw cut;
                    }));
            assertSame(cut, thrown);
            assertThrows(
                    StackOverflowError.class,
                    () -> threads.call(() -> {
                        throw new StackOverflowError();
                    }));
        } finally {
            threads.close();
        }
    }
}
