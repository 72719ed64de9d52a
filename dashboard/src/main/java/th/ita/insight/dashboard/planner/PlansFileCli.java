package th.ita.insight.dashboard.planner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

/**
 * {@code ita backup} and {@code ita restore}: a consistent copy of the plans file, and putting one back.
 * Exit codes: 0 done · 2 refused (the reason in Thai and English on stderr; nothing was changed) · 1 internal error.
 */
@Command(name = "ita", mixinStandardHelpOptions = true, version = "ITA Insight 0.1",
        description = "Back up and restore the planner's file (accounts, plans, audit log).",
        subcommands = {PlansFileCli.Backup.class, PlansFileCli.Restore.class})
public final class PlansFileCli implements Callable<Integer> {
    public static void main(String[] args) {
        System.exit(new CommandLine(new PlansFileCli()).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Write a consistent copy of the plans file. The server must not hold the file: while it runs,",
                    "an admin downloads the same copy from /admin/users (link 'download a backup', /admin/backup).",
                    "Example: ./ita backup --plans var/demo/plans.duckdb --out backups/plans-2567-10-01.duckdb"})
    static final class Backup implements Callable<Integer> {
        @Option(names = "--plans", required = true, paramLabel = "FILE", description = "The plans file.")
        Path plans;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup to write (must not exist).")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(plans)) {
                return refused("backup", new PlansFile.Refused("ไม่พบไฟล์แผน " + plans, "no plans file at " + plans));
            }
            try (PlanStore store = PlanStore.open(plans)) {
                PlansFile.Summary s = PlansBackup.write(store, out);
                System.out.println("backed up " + s.describe() + " to " + out.toAbsolutePath());
                return 0;
            } catch (PlansFile.Refused e) {
                return refused("backup", e);
            } catch (SQLException e) {
                if (PlanStore.heldBy(e).isPresent()) {
                    return refused("backup", PlansFile.held(plans, PlanStore.heldBy(e).get(),
                            "ผู้ดูแลระบบดาวน์โหลดสำเนาสำรองได้ที่หน้า /admin/users ขณะเซิร์ฟเวอร์ทำงาน หรือหยุดเซิร์ฟเวอร์แล้วสั่งใหม่",
                            "an admin can download a backup on its /admin/users page while it runs, or stop the server and run this again"));
                }
                return refused("backup", new PlansFile.Refused("เปิดไฟล์แผนไม่ได้: " + e.getMessage(), "cannot open the plans file: " + e.getMessage()));
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the plans file by a backup, after checking the backup is a readable plans file.",
                    "Stop the server first. The current file is kept beside it as FILE.before-restore-<date>-<time>.",
                    "Example: ./ita restore --plans var/demo/plans.duckdb --from backups/plans-2567-10-01.duckdb"})
    static final class Restore implements Callable<Integer> {
        @Option(names = "--plans", required = true, paramLabel = "FILE", description = "The plans file to replace (created when absent).")
        Path plans;

        @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "A backup written by ./ita backup or /admin/backup.")
        Path from;

        @Override
        public Integer call() throws Exception {
            try {
                PlansRestore.Result r = PlansRestore.restore(plans, from, LocalDateTime.now());
                System.out.println("restored " + r.restored().describe() + " from " + from.toAbsolutePath() + " to " + plans.toAbsolutePath());
                if (r.keptAside() != null) {
                    System.out.println("the previous file is kept as " + r.keptAside());
                }
                return 0;
            } catch (PlansFile.Refused e) {
                return refused("restore", e);
            }
        }
    }

    private static int refused(String command, PlansFile.Refused e) {
        System.err.println("ita " + command + ": " + e.th());
        System.err.println("ita " + command + ": " + e.getMessage());
        return 2;
    }
}
