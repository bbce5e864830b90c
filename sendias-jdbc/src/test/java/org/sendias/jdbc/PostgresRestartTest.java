package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Note;

/** The database stops in the middle of a unit of work, and comes back. */
class PostgresRestartTest {
    @TempDir
    Path data;

    @Test
    void aDatabaseStoppedMidUnitOfWorkLeavesNothingHalfWrittenAndTheStoreWorksWhenItReturns() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres server = start(port);
        try (HikariDataSource pool = Databases.pool(server.getJdbcUrl("postgres", "postgres"), 4)) {
            JdbcStore store = JdbcStore.create(pool);
            CaseChange opened = JdbcStoreContract.open(JdbcStoreContract.TENANT, "Zoë");
            store.inTransaction(JdbcStoreContract.TENANT, w -> {
                w.save(opened);
                return null;
            });
            EmbeddedPostgres stopping = server;
            assertThrows(JdbcStoreException.class, () -> store.inTransaction(JdbcStoreContract.TENANT, w -> {
                Case c = w.findCase(opened.after().id()).orElseThrow();
                w.save(c.addNote(new CaseCommand.AddNote("lost", Optional.empty(), JdbcStoreContract.ADVISER),
                    JdbcStoreContract.T0));
                w.save(JdbcStoreContract.open(JdbcStoreContract.TENANT, "Amara"));
                try {
                    stopping.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }));
            assertThrows(JdbcStoreException.class,
                () -> store.inTransaction(JdbcStoreContract.TENANT, w -> w.caseIds()));

            server = start(port);
            // the pool finds its old connections dead and opens new ones; a caller retries as after any outage
            List<?> ids = retry(() -> store.inTransaction(JdbcStoreContract.TENANT, w -> w.caseIds()));
            assertEquals(List.of(opened.after().id()), ids);
            Case stored = store.inTransaction(JdbcStoreContract.TENANT, w -> w.findCase(opened.after().id()))
                .orElseThrow();
            assertEquals(opened.after().snapshot(), stored.snapshot());
            assertEquals(1, store.outbox().pending());
            CaseChange noted = stored.addNote(new CaseCommand.AddNote("kept", Optional.empty(),
                JdbcStoreContract.ADVISER), JdbcStoreContract.T0);
            store.inTransaction(JdbcStoreContract.TENANT, w -> {
                w.save(noted);
                return null;
            });
            assertEquals(List.of("kept"), store.inTransaction(JdbcStoreContract.TENANT,
                w -> w.findCase(opened.after().id())).orElseThrow().notes().stream().map(Note::text).toList());
        } finally {
            server.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static <T> T retry(java.util.function.Supplier<T> work) throws InterruptedException {
        JdbcStoreException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return work.get();
            } catch (JdbcStoreException e) {
                last = e;
                Thread.sleep(250);
            }
        }
        throw last;
    }
}
