package th.ita.insight.dashboard.planner;

import th.ita.insight.store.DuckDbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Puts a backup in place of the plans file: the backup is checked before anything is touched, the file
 * must not be held by a running server, the current file is kept aside, and the new one arrives by one
 * atomic rename, so the plans file's name never points at half a file.
 */
public final class PlansRestore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a restore did. */
    public record Result(PlansFile.Summary restored, Path keptAside) {
    }

    private PlansRestore() {
    }

    public static Result restore(Path plans, Path backup, LocalDateTime now) throws PlansFile.Refused, IOException {
        PlansFile.inspect(backup);
        Path target = plans.toAbsolutePath();
        boolean existed = Files.exists(target);
        if (existed) {
            settle(target);
        }
        Files.createDirectories(target.getParent());
        Path incoming = target.resolveSibling(target.getFileName() + ".restoring");
        Files.deleteIfExists(incoming);
        Files.deleteIfExists(PlansBackup.wal(incoming));
        Files.copy(backup, incoming);
        if (Files.exists(PlansBackup.wal(backup))) {
            Files.copy(PlansBackup.wal(backup), PlansBackup.wal(incoming));
        }
        PlansFile.Summary summary;
        try {
            checkpoint(incoming);
            summary = PlansFile.inspect(incoming);
        } catch (SQLException | PlansFile.Refused e) {
            Files.deleteIfExists(incoming);
            Files.deleteIfExists(PlansBackup.wal(incoming));
            throw e instanceof PlansFile.Refused r ? r : new PlansFile.Refused("คัดลอกสำเนาสำรองไม่สำเร็จ: " + e.getMessage(),
                    "the copy of the backup is unreadable: " + e.getMessage());
        }
        Path aside = null;
        if (existed) {
            aside = target.resolveSibling(target.getFileName() + ".before-restore-" + now.format(STAMP));
            Files.copy(target, aside);
            if (Files.exists(PlansBackup.wal(target))) {
                Files.copy(PlansBackup.wal(target), PlansBackup.wal(aside));
                // The old file's log must never be replayed onto the restored file: it is kept aside with its file.
                Files.delete(PlansBackup.wal(target));
            }
        }
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Result(summary, aside);
    }

    /**
     * Refuses a file a running dashboard holds (replacing it under the server would lose its next writes),
     * and folds a readable file's log into it so the copy kept aside is one whole file. A damaged file
     * cannot be opened: it is kept aside as it is.
     */
    private static void settle(Path target) throws PlansFile.Refused {
        try {
            checkpoint(target);
        } catch (SQLException e) {
            java.util.Optional<String> pid = PlanStore.heldBy(e);
            if (pid.isPresent()) {
                throw PlansFile.held(target, pid.get(), "หยุดเซิร์ฟเวอร์ก่อนแล้วจึงกู้คืน", "stop the server, then restore");
            }
        }
    }

    private static void checkpoint(Path file) throws SQLException {
        try (Connection c = DuckDbStore.openWritable(file); Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }
}
