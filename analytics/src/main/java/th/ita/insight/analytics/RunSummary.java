package th.ita.insight.analytics;

import th.ita.insight.ingest.IngestResult;
import th.ita.insight.ingest.validate.RejectReason;
import th.ita.insight.text.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a run's outcome as the few lines a user reads at the end of a run, in their language. */
final class RunSummary {
    private static final int MAX_WARNINGS = 20;
    private RunSummary() {
    }

    static List<String> lines(RunOutcome o, RunOptions options, Language lang) {
        List<String> out = new ArrayList<>();
        out.add(lang.pick("ITA Insight: ประมวลผลรอบ ", "ITA Insight run ") + o.runId());
        for (IngestResult.FileStats f : o.files()) {
            out.add("  " + f.file() + ": " + f.shape() + ", " + f.description() + ", " + f.rows()
                    + lang.pick(" แถว", " rows"));
        }
        out.add(lang.pick("  นำเข้าคะแนน ", "  scores loaded: ") + o.scoresLoaded()
                + lang.pick(" รายการ จาก ", " from ") + o.rowsIn() + lang.pick(" แถว", " rows")
                + (o.duplicatesCollapsed() > 0
                ? lang.pick(" (แถวซ้ำที่เหมือนกันรวมเป็นหนึ่ง " , " (identical duplicates kept once: ")
                + o.duplicatesCollapsed() + ")" : ""));
        if (o.rejected() > 0) {
            out.add(lang.pick("  ปฏิเสธ ", "  rejected: ") + o.rejected()
                    + lang.pick(" รายการ ดูรายละเอียดที่ ", " — details in ") + display(options.rejects()));
            for (Map.Entry<String, Long> e : o.rejectsByReason().entrySet()) {
                RejectReason reason = RejectReason.valueOf(e.getKey());
                out.add("    " + e.getKey() + " " + e.getValue() + " — " + lang.pick(reason.th(), reason.en()));
            }
        } else {
            out.add(lang.pick("  ไม่มีแถวที่ถูกปฏิเสธ", "  no rejects"));
        }
        if (!o.warnings().isEmpty()) {
            out.add(lang.pick("  คำเตือน: ตัวเลขที่เผยแพร่ไม่ตรงกับองค์ประกอบ ", "  warnings: published figures that do not match their components: ")
                    + o.warnings().size());
            o.warnings().stream().limit(MAX_WARNINGS).forEach(w -> out.add("    " + w.agency() + lang.pick(" ปี ", " FY")
                    + w.fiscalYear() + ": " + lang.pick(w.messageTh(), w.messageEn())));
            if (o.warnings().size() > MAX_WARNINGS) {
                out.add(lang.pick("    … ดูทั้งหมดในตาราง run_note", "    … all of them are in the run_note table"));
            }
        }
        out.add(lang.pick("  คลังข้อมูล ", "  store: ") + o.rowsStored() + lang.pick(" แถว, ", " rows, ")
                + o.agencies() + lang.pick(" หน่วยงาน, ", " agencies, ") + o.totals()
                + lang.pick(" คะแนนรวมรายปี", " agency-year totals"));
        out.add(lang.pick("  เผยแพร่แล้ว: ", "  published: ") + display(options.db()));
        return out;
    }

    private static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
