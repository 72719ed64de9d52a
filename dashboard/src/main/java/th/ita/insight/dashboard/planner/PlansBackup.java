package th.ita.insight.dashboard.planner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;

/**
 * Writes a consistent copy of an open plans file: copied into a temporary neighbour, checked as a restore
 * would check it, then renamed into place, so a file under the backup's name is always a whole backup.
 */
public final class PlansBackup {
    private PlansBackup() {
    }

    /** Writes the backup to {@code out} (which must not exist) and says what it holds. */
    public static PlansFile.Summary write(PlanStore store, Path out) throws SQLException, IOException, PlansFile.Refused {
        Path target = out.toAbsolutePath();
        if (Files.exists(target)) {
            throw new PlansFile.Refused("มีไฟล์ " + target + " อยู่แล้ว: เลือกชื่ออื่น (สำเนาสำรองไม่เขียนทับไฟล์เดิม)",
                    target + " exists already: choose another name (a backup never overwrites a file)");
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.deleteIfExists(wal(partial));
        store.copyTo(partial);
        PlansFile.Summary summary = PlansFile.inspect(partial);
        Files.deleteIfExists(wal(partial)); // DETACH checkpointed it; a read-only open leaves none
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }

    /** DuckDB keeps changes not yet checkpointed in FILE.wal beside the file. */
    static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }
}
