package th.ita.insight.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Tag("reliability")
class PublishLockTest {

    @Test
    void a_second_writer_is_refused_while_the_first_publishes_and_admitted_after(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        try (PublishLock first = PublishLock.acquire(db)) {
            PublishLock.Busy busy = assertThrows(PublishLock.Busy.class, () -> PublishLock.acquire(db));
            assertEquals(true, busy.getMessage().contains("is publishing"));
            assertEquals(true, busy.messageTh().contains("กำลังเผยแพร่"));
        }
        PublishLock.acquire(db).close();
    }

    @Test
    void what_a_killed_writer_left_beside_the_database_is_deleted_and_nothing_else(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        Files.writeString(db, "published");
        Files.writeString(dir.resolve(".ita.duckdb.publish-20260101T000000Z-dead"), "half");
        Files.writeString(dir.resolve(".ita.duckdb.publish-20260101T000000Z-dead.wal"), "wal");
        Files.createDirectories(dir.resolve(".ita.duckdb.staging-20260101T000000Z-dead/score_total"));
        Files.writeString(dir.resolve(".ita.duckdb.staging-20260101T000000Z-dead/score_total/part-0.parquet"), "x");
        Files.writeString(dir.resolve(".other.duckdb.publish-1"), "another database's");
        Files.createDirectories(dir.resolve("ita.duckdb.store/v-1"));

        PublishLock.acquire(db).close();

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(".ita.duckdb.lock", ".other.duckdb.publish-1", "ita.duckdb", "ita.duckdb.store"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
