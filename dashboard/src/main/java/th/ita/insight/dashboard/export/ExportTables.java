package th.ita.insight.dashboard.export;

import java.util.List;

import static th.ita.insight.dashboard.export.ExportColumn.integer;
import static th.ita.insight.dashboard.export.ExportColumn.score;
import static th.ita.insight.dashboard.export.ExportColumn.text;

/** The tables behind the pages, as exported to CSV and XLSX: the same columns the pages show, and more. */
final class ExportTables {
    /** Item codes in catalog order: IIT, EIT, OIT, then by number (i2 before i10). */
    private static final String ITEM_ORDER = "CASE substr(%1$s, 1, 1) WHEN 'i' THEN 1 WHEN 'e' THEN 2 ELSE 3 END, "
            + "length(%1$s), %1$s";

    /** A peer group's agencies in a year by rank; params: year, group, key. */
    static final ExportTable GROUP_AGENCIES = new ExportTable("หน่วยงาน", "agencies", List.of(
            integer("อันดับ", "rank", "rank"), integer("จำนวนในกลุ่ม", "group size", "n"),
            text("รหัสหน่วยงาน", "agency id", "agency_id", 22), text("หน่วยงาน", "agency", "name_th", 40),
            text("ประเภท", "type", "agency_type", 10), text("จังหวัด", "province", "province", "province_en", 16),
            score("คะแนนรวม", "total", "total"), text("ระดับ", "level", "grade_th", "grade_en", 14),
            text("ระดับที่เผยแพร่", "printed level", "published_label", 12),
            score("IIT", "IIT", "iit"), score("EIT", "EIT", "eit"), score("OIT", "OIT", "oit"),
            score("เปอร์เซ็นไทล์", "percentile", "percentile"), integer("ข้อที่อ่อน", "weak items", "weak")),
            th.ita.insight.dashboard.analysis.GroupPageData.AGENCIES_BY_RANK);

    private static final List<ExportColumn> WEAK_COLUMNS = List.of(
            text("ข้อ", "item", "key", 8), text("แบบ", "tool", "tool", 6), integer("ตัวชี้วัด", "indicator", "indicator"),
            text("ข้อคำถาม", "question", "text_th", "text_en", 60), score("คะแนน", "score", "score"),
            score("ค่ามัธยฐานกลุ่ม", "peer median", "peer_median"), score("ห่างจากเกณฑ์", "gap", "gap"),
            integer("อ่อนติดต่อกัน (ปี)", "years weak", "years_weak"), text("ลำดับความสำคัญ", "priority", "severity_th", "severity_en", 18),
            text("เหตุผล", "why", "reason_th", "reason_en", 60));

    /** The priority tier in words (weak_item.severity). */
    private static final String TIER_LABELS = TierLabels.columns("w.severity");

    /** How many agencies a peer group has in a year (the total the weak items are sliced by); params: year, group, key. */
    static final String GROUP_SIZE = """
            SELECT count(DISTINCT agency_id) FROM peer_rank
            WHERE fiscal_year = ? AND peer_group = ? AND group_key = ? AND level = 'total'""";

    /**
     * The weak items of the agencies of a peer group ranked {@code from}…{@code to} by name; params: year, group,
     * key, year, from, to. Sliced because a nation's weak items (~220,000 rows with their texts) sorted at once
     * need more memory than the server gives DuckDB, and DuckDB does not spill that sort to disk.
     */
    static final ExportTable GROUP_WEAK_ITEMS = new ExportTable("ข้อที่อ่อน", "weak items", concat(List.of(
            text("รหัสหน่วยงาน", "agency id", "agency_id", 22), text("หน่วยงาน", "agency", "name_th", 40),
            text("จังหวัด", "province", "province", "province_en", 16)), WEAK_COLUMNS), """
            WITH g AS (SELECT a.agency_id, a.name_th, a.province, a.province_en,
                              row_number() OVER (ORDER BY a.name_th, a.agency_id) AS ord
                       FROM agency a
                       JOIN (SELECT DISTINCT agency_id FROM peer_rank WHERE fiscal_year = ? AND peer_group = ?
                             AND group_key = ? AND level = 'total') m USING (agency_id))
            SELECT g.agency_id, g.name_th, g.province, g.province_en, w.key, w.tool, w.indicator, c.text_th,
                   coalesce(c.text_en, c.text_th) AS text_en, w.score, w.peer_median, w.gap, w.years_weak, ${tiers},
                   w.reason_th, w.reason_en
            FROM weak_item w JOIN g USING (agency_id)
            LEFT JOIN catalog_question c ON c.fiscal_year = w.fiscal_year AND c.code = w.key
            WHERE w.fiscal_year = ? AND g.ord BETWEEN ? AND ?
            ORDER BY g.ord,""".replace("${tiers}", TIER_LABELS) + " " + ITEM_ORDER.formatted("w.key"));

    /** One agency-year's weak items; params: agency id, year. */
    static final ExportTable AGENCY_WEAK_ITEMS = new ExportTable("ข้อที่อ่อน", "weak items", WEAK_COLUMNS, """
            SELECT w.key, w.tool, w.indicator, c.text_th, coalesce(c.text_en, c.text_th) AS text_en, w.score,
                   w.peer_median, w.gap, w.years_weak, ${tiers}, w.reason_th, w.reason_en
            FROM weak_item w LEFT JOIN catalog_question c ON c.fiscal_year = w.fiscal_year AND c.code = w.key
            WHERE w.agency_id = ? AND w.fiscal_year = ?
            ORDER BY CASE w.severity WHEN 'urgent' THEN 1 WHEN 'improve' THEN 2 ELSE 3 END, w.gap DESC, w.key""".replace("${tiers}", TIER_LABELS));

    /** Every question's distribution in a peer group, with how many agencies are weak on it; params: year, group, key. */
    static final ExportTable GROUP_QUESTION_STATS = new ExportTable("สถิติรายข้อ", "question stats", List.of(
            text("ข้อ", "item", "key", 8), text("แบบ", "tool", "tool", 6), integer("ตัวชี้วัด", "indicator", "indicator"),
            text("ข้อคำถาม", "question", "text_th", "text_en", 60), integer("จำนวนหน่วยงาน", "agencies", "n"),
            score("ค่าเฉลี่ย", "mean", "mean"), score("P10", "p10", "p10"), score("P25", "p25", "p25"),
            score("มัธยฐาน", "median", "p50"), score("P75", "p75", "p75"), score("P90", "p90", "p90"),
            integer("หน่วยงานที่อ่อน", "agencies weak", "n_weak"), score("% ที่อ่อน", "% weak", "share")), """
            SELECT s.key, c.tool, c.indicator, c.text_th, coalesce(c.text_en, c.text_th) AS text_en, s.n, s.mean, s.p10,
                   s.p25, s.p50, s.p75, s.p90, ws.n_weak, ws.share
            FROM peer_stats s
            LEFT JOIN catalog_question c ON c.fiscal_year = s.fiscal_year AND c.code = s.key
            LEFT JOIN weak_share ws ON ws.fiscal_year = s.fiscal_year AND ws.peer_group = s.peer_group
                 AND ws.group_key = s.group_key AND ws.key = s.key
            WHERE s.fiscal_year = ? AND s.peer_group = ? AND s.group_key = ? AND s.level = 'question'
            ORDER BY""" + " " + ITEM_ORDER.formatted("s.key"));

    /** The questions weak in most of a group, as on the group page (all of them, not the top 15); params: year, group, key. */
    static final ExportTable GROUP_WEAK_QUESTIONS = new ExportTable("ข้อที่อ่อนในกลุ่ม", "weak questions", List.of(
            text("ข้อ", "item", "key", 8), text("ข้อคำถาม", "question", "text_th", "text_en", 60),
            integer("หน่วยงานที่อ่อน", "agencies weak", "n_weak"), integer("หน่วยงานทั้งหมด", "agencies", "n_agencies"),
            score("% ที่อ่อน", "% weak", "share")), """
            SELECT s.key, c.text_th, coalesce(c.text_en, c.text_th) AS text_en, s.n_weak, s.n_agencies, s.share
            FROM weak_share s LEFT JOIN catalog_question c ON c.fiscal_year = s.fiscal_year AND c.code = s.key
            WHERE s.fiscal_year = ? AND s.peer_group = ? AND s.group_key = ? ORDER BY s.share DESC, s.key""");

    private ExportTables() {
    }

    private static List<ExportColumn> concat(List<ExportColumn> a, List<ExportColumn> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
