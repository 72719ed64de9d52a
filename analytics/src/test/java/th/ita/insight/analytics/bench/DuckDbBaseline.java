package th.ita.insight.analytics.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark baseline A: the batch's derived tables computed with plain DuckDB SQL over JDBC, in the
 * same kind of JVM as the batch, from the same CSV files — to show what the Spark pipeline costs.
 * It knows only the two shapes of the national set (one wide CSV per item year, one long totals CSV)
 * and the validation those files need (unknown agency type or province → row rejected; a cell that is
 * not a number or outside 0–100 → cell rejected; conflicting duplicates → all rejected), and it derives
 * score_indicator, score_tool, score_total, peer_stats, peer_rank, trend, weak_item (every rule, the
 * streak, the severity and the reasons in Thai and English), recommendation and recommendation_item (the
 * rationales in both languages) by the rules of docs/analytics.md — every derived table the batch
 * publishes but the three small ones (weak_share, run_note, agency). Arithmetic and
 * rounding are the batch's, so the results are equal, not merely close: means added up as Java's
 * {@code DoubleStream} does (Kahan, in catalog order), half-up of the shortest decimal form for scores
 * ({@code Rounding.twoDecimals}), half-even for peer statistics (Spark's {@code bround}).
 * <p>Usage: {@code DuckDbBaseline INPUT_DIR REFERENCE_DIR OUT.duckdb}; prints one line per phase to stderr.
 */
public final class DuckDbBaseline {
    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        Path reference = Path.of(args[1]).toAbsolutePath();
        Path out = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(out);
        BenchPhases phases = new BenchPhases("duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            phases.end("start");
            run(st, ingest(input, reference));
            phases.end("ingest");
            run(st, analytics());
            phases.end("analytics");
            run(st, publish(out));
            phases.end("publish");
        }
        phases.print();
    }

    /** With {@code -Dita.bench.trace=true}, each statement's time goes to stderr (to see where the time goes). */
    private static void run(Statement st, List<String> statements) throws SQLException {
        boolean trace = Boolean.getBoolean("ita.bench.trace");
        for (String sql : statements) {
            long start = System.nanoTime();
            st.execute(sql);
            if (trace) {
                System.err.printf(Locale.ROOT, "duckdb: %6.2f s  %s%n", (System.nanoTime() - start) / 1e9,
                        sql.strip().lines().findFirst().orElse(""));
            }
        }
    }

    /** Reference tables, raw rows, validated subjects (agency-year) and canonical scores. */
    static List<String> ingest(Path input, Path reference) {
        String ref = reference.toString().replace("'", "''") + "/";
        String in = input.toString().replace("'", "''") + "/";
        return List.of(
                // Batch rounding: half-up of the shortest decimal form (what BigDecimal.valueOf gives).
                "CREATE MACRO half_up(x) AS CAST(round(CAST(CAST(x AS VARCHAR) AS DECIMAL(38,20)), 2) AS DOUBLE)",
                "CREATE MACRO half_even(x) AS CAST(round_even(CAST(CAST(x AS VARCHAR) AS DECIMAL(38,20)), 2) AS DOUBLE)",
                // Java's DoubleStream.sum/average: Kahan summation in order, the compensation subtracted at the end.
                // The weak-item rules take plain means that way, and a mean of 2-decimal scores is often a tie.
                """
                CREATE MACRO kahan(xs) AS list_reduce(list_transform(xs, lambda x: {'s': x, 'c': 0.0}),
                    lambda a, b: {'s': a.s + (b.s - a.c), 'c': ((a.s + (b.s - a.c)) - a.s) - (b.s - a.c)})
                """,
                "CREATE TABLE ref_type AS SELECT * FROM read_csv('" + ref + "agency_type.csv', all_varchar = true)",
                "CREATE TABLE ref_province AS SELECT * FROM read_csv('" + ref + "province.csv', all_varchar = true)",
                "CREATE TABLE cat_year AS SELECT * FROM read_csv('" + ref + "catalog_year.csv')",
                "CREATE TABLE cat_tool AS SELECT * FROM read_csv('" + ref + "catalog_tool.csv')",
                "CREATE TABLE cat_indicator AS SELECT * FROM read_csv('" + ref + "catalog_indicator.csv')",
                "CREATE TABLE cat_question AS SELECT * FROM read_csv('" + ref + "catalog_question.csv')",
                "CREATE TABLE measure_ref AS SELECT * FROM read_csv('" + ref + "measure.csv', types = {'oit_refs': 'VARCHAR'})",
                "CREATE TABLE measure_code AS SELECT * FROM read_csv('" + ref + "measure_code.csv')",
                // Decimals.two / Decimals.fixed(…, 4): printed from the half-up of the shortest decimal form.
                "CREATE MACRO two(x) AS CAST(CAST(half_up(x) AS DECIMAL(18,2)) AS VARCHAR)",
                "CREATE MACRO four(x) AS CAST(CAST(round(CAST(CAST(x AS VARCHAR) AS DECIMAL(38,20)), 4) AS DECIMAL(18,4)) AS VARCHAR)",
                "CREATE TABLE wide AS SELECT row_number() OVER () AS rid, * FROM read_csv('" + in + "*-wide.csv', "
                        + "all_varchar = true, union_by_name = true, header = true)",
                "CREATE TABLE totals AS SELECT -row_number() OVER () AS rid, * FROM read_csv('" + in + "*-totals.csv', "
                        + "all_varchar = true, union_by_name = true, header = true)",
                """
                CREATE TABLE subject AS
                WITH raw AS (
                    SELECT rid, agency_name, agency_type, province, fiscal_year FROM wide
                    UNION ALL SELECT rid, agency_name, agency_type, province, fiscal_year FROM totals),
                typed AS (
                    SELECT r.rid, trim(r.agency_name) AS name, nullif(trim(r.agency_type), '') AS type_text,
                           nullif(trim(r.province), '') AS province_text, TRY_CAST(trim(r.fiscal_year) AS INTEGER) AS fy,
                           t.code AS type_code, t.short_th, t.name_th AS type_name, p.name_th AS province,
                           p.code AS province_code, p.region
                    FROM raw r
                    LEFT JOIN ref_type t ON t.label = lower(trim(r.agency_type))
                    LEFT JOIN ref_province p ON p.label = trim(r.province)),
                cored AS (
                    SELECT *, CASE
                        WHEN type_code IS NULL THEN name
                        WHEN starts_with(name, type_name) AND length(name) > length(type_name)
                            THEN trim(substr(name, length(type_name) + 1))
                        WHEN starts_with(name, short_th) AND length(name) > length(short_th)
                            THEN trim(substr(name, length(short_th) + 1))
                        WHEN starts_with(name, replace(short_th, '.', '')) AND length(name) > length(replace(short_th, '.', ''))
                            THEN trim(substr(name, length(replace(short_th, '.', '')) + 1))
                        ELSE name END AS core
                    FROM typed)
                SELECT rid, fy AS fiscal_year, type_code, province, region,
                       coalesce(type_code, 'agency') || '-' || coalesce(province_code, '00') || '-'
                         || substr(sha256(coalesce(type_code, 'agency') || '|' || regexp_replace(core, '\\s+', '', 'g')
                                          || '|' || coalesce(province_code, '00')), 1, 8) AS agency_id
                FROM cored
                WHERE coalesce(name, '') <> ''
                  AND (type_text IS NULL OR type_code IS NOT NULL)
                  AND (province_text IS NULL OR province IS NOT NULL)
                  AND fy IN (SELECT fiscal_year FROM cat_year)
                """,
                """
                CREATE TABLE cells AS
                UNPIVOT (SELECT * EXCLUDE (agency_name, agency_type, province, fiscal_year) FROM wide)
                ON COLUMNS(* EXCLUDE (rid)) INTO NAME code VALUE txt
                """,
                // Items of the year's catalog with a number in 0–100; the rest are rejected cells.
                """
                CREATE TABLE scored AS
                SELECT s.agency_id, s.fiscal_year, q.code, TRY_CAST(trim(c.txt) AS DOUBLE) AS score
                FROM cells c JOIN subject s USING (rid)
                JOIN cat_year y ON y.fiscal_year = s.fiscal_year AND y.framework = 'items'
                JOIN cat_question q ON q.fiscal_year = s.fiscal_year AND q.code = lower(trim(c.code))
                WHERE TRY_CAST(trim(c.txt) AS DOUBLE) BETWEEN 0 AND 100
                """,
                // Rows sharing a key but disagreeing on the score are all rejected; equal copies count once.
                """
                CREATE TABLE question AS
                SELECT agency_id, fiscal_year, code, any_value(score) AS score FROM scored
                GROUP BY agency_id, fiscal_year, code HAVING count(DISTINCT score) = 1
                """,
                """
                CREATE TABLE published_total AS
                SELECT s.agency_id, s.fiscal_year, any_value(TRY_CAST(trim(t.score) AS DOUBLE)) AS total
                FROM totals t JOIN subject s USING (rid)
                WHERE (t.tool IS NULL OR upper(trim(t.tool)) IN ('ITA', 'TOTAL', 'รวม', 'คะแนนรวม'))
                  AND TRY_CAST(trim(t.score) AS DOUBLE) BETWEEN 0 AND 100
                GROUP BY s.agency_id, s.fiscal_year HAVING count(DISTINCT TRY_CAST(trim(t.score) AS DOUBLE)) = 1
                """,
                """
                CREATE TABLE agency AS
                SELECT agency_id, any_value(type_code) AS type_code, any_value(province) AS province,
                       any_value(region) AS region
                FROM subject GROUP BY agency_id
                """);
    }

    /** Roll-ups from complete components only, peer statistics, rule (a)/(b) weak items. */
    static List<String> analytics() {
        return List.of(
                """
                CREATE TABLE indicator_raw AS
                WITH expected AS (SELECT fiscal_year, indicator, count(*) AS n FROM cat_question GROUP BY ALL)
                SELECT x.agency_id, x.fiscal_year, q.tool, q.indicator,
                       -- items added in catalog order, as the batch does, so rounding ties fall the same way
                       list_reduce(list(x.score * q.weight ORDER BY q.item_order), lambda a, b: a + b) / sum(q.weight) AS score,
                       count(*) AS items
                FROM question x JOIN cat_question q USING (fiscal_year, code)
                JOIN expected e ON e.fiscal_year = x.fiscal_year AND e.indicator = q.indicator
                GROUP BY x.agency_id, x.fiscal_year, q.tool, q.indicator, e.n HAVING count(*) = e.n
                """,
                """
                CREATE TABLE tool_raw AS
                WITH expected AS (SELECT fiscal_year, tool, count(*) AS n FROM cat_indicator GROUP BY ALL)
                SELECT agency_id, fiscal_year, tool, (k.s - k.c) / n AS score
                FROM (SELECT i.agency_id, i.fiscal_year, i.tool, kahan(list(i.score ORDER BY i.indicator)) AS k, e.n
                      FROM indicator_raw i JOIN expected e USING (fiscal_year, tool)
                      GROUP BY i.agency_id, i.fiscal_year, i.tool, e.n HAVING count(*) = e.n)
                """,
                """
                CREATE TABLE total_raw AS
                WITH w AS (PIVOT cat_tool ON tool USING any_value(weight) GROUP BY fiscal_year),
                t AS (PIVOT tool_raw ON tool IN ('IIT', 'EIT', 'OIT') USING any_value(score) GROUP BY agency_id, fiscal_year)
                SELECT t.agency_id, t.fiscal_year, w.IIT * t.IIT + w.EIT * t.EIT + w.OIT * t.OIT AS computed
                FROM t JOIN w USING (fiscal_year) WHERE t.IIT IS NOT NULL AND t.EIT IS NOT NULL AND t.OIT IS NOT NULL
                """,
                """
                CREATE TABLE score_total AS
                SELECT agency_id, fiscal_year, half_up(coalesce(p.total, c.computed)) AS total,
                       half_up(c.computed) AS computed_total, p.total AS published_total
                FROM total_raw c FULL JOIN published_total p USING (agency_id, fiscal_year)
                """,
                "CREATE TABLE score_tool AS SELECT agency_id, fiscal_year, tool, half_up(score) AS score FROM tool_raw",
                """
                CREATE TABLE score_indicator AS
                SELECT agency_id, fiscal_year, tool, indicator, half_up(score) AS score, items AS items_scored
                FROM indicator_raw
                """,
                """
                CREATE TABLE figure AS
                SELECT agency_id, fiscal_year, 'total' AS level, 'total' AS key, total AS score FROM score_total
                UNION ALL SELECT agency_id, fiscal_year, 'tool', tool, score FROM score_tool
                UNION ALL SELECT agency_id, fiscal_year, 'indicator', CAST(indicator AS VARCHAR), score FROM score_indicator
                UNION ALL SELECT agency_id, fiscal_year, 'question', code, score FROM question
                """,
                """
                CREATE TABLE peer_stats AS
                WITH grouped AS (
                    SELECT f.fiscal_year, g.peer_group, g.group_key, f.level, f.key, f.score
                    FROM figure f JOIN agency a USING (agency_id),
                    LATERAL (VALUES ('national', 'all'), ('type', a.type_code), ('province', a.province),
                                    ('region', a.region)) g(peer_group, group_key)
                    WHERE g.group_key IS NOT NULL),
                agg AS (
                    SELECT fiscal_year, peer_group, group_key, level, key, count(*) AS n,
                           avg(CAST(score AS DECIMAL(14,4))) AS mean,
                           quantile_cont(score, [0.1, 0.25, 0.5, 0.75, 0.9]) AS p
                    FROM grouped GROUP BY ALL)
                SELECT fiscal_year, peer_group, group_key, level, key, n, half_even(mean) AS mean,
                       half_even(p[1]) AS p10, half_even(p[2]) AS p25, half_even(p[3]) AS p50,
                       half_even(p[4]) AS p75, half_even(p[5]) AS p90
                FROM agg
                """,
                // Totals and tools ranked in every peer group: rank 1 the highest, ties share a rank; the percentile
                // is the share of the others scoring lower (0–100, one decimal half-even, 0 alone in a group).
                """
                CREATE TABLE peer_rank AS
                SELECT f.agency_id, f.fiscal_year, g.peer_group, g.group_key, f.level, f.key, f.score,
                       CAST(rank() OVER (w ORDER BY f.score DESC) AS INTEGER) AS rank, count(*) OVER w AS n,
                       CASE WHEN count(*) OVER w <= 1 THEN 0.0
                            ELSE CAST(round_even(CAST(CAST(percent_rank() OVER (w ORDER BY f.score) * 100 AS VARCHAR)
                                                      AS DECIMAL(38,20)), 1) AS DOUBLE) END AS percentile
                FROM figure f JOIN agency a USING (agency_id),
                LATERAL (VALUES ('national', 'all'), ('type', a.type_code), ('province', a.province),
                                ('region', a.region)) g(peer_group, group_key)
                WHERE g.group_key IS NOT NULL AND f.level IN ('total', 'tool')
                WINDOW w AS (PARTITION BY f.fiscal_year, g.peer_group, g.group_key, f.level, f.key)
                """,
                // Trends (docs/analytics.md): totals, tools and indicators in runs of years between method breaks
                // (two years are in one run when no break year lies after the first, up to the second); a question
                // of the agency's latest question year followed back through comparable_to while the year before
                // has it. Slope: least squares over the run, sums taken oldest year first.
                """
                CREATE MACRO trend_slope(ys, vs) AS
                    CASE WHEN len(ys) < 2 THEN NULL ELSE
                    (len(ys) * list_reduce(list_transform(list_zip(ys, vs), lambda p: p[1] * p[2]), lambda a, b: a + b)
                     - CAST(list_sum(ys) AS DOUBLE) * list_reduce(vs, lambda a, b: a + b))
                    / (len(ys) * CAST(list_sum(list_transform(ys, lambda y: CAST(y AS BIGINT) * y)) AS DOUBLE)
                       - CAST(list_sum(ys) AS DOUBLE) * CAST(list_sum(ys) AS DOUBLE)) END
                """,
                """
                CREATE TABLE run_of AS
                SELECT fiscal_year, (SELECT count(*) FROM cat_year b WHERE b.method_break AND b.fiscal_year <= y.fiscal_year)
                       AS run FROM cat_year y
                """,
                """
                CREATE TABLE trend_run AS
                WITH runs AS (
                    SELECT f.agency_id, f.level, f.key, r.run, list(f.fiscal_year ORDER BY f.fiscal_year) AS ys,
                           list(f.score ORDER BY f.fiscal_year) AS vs,
                           r.run > min(r.run) OVER (PARTITION BY f.agency_id, f.level, f.key) AS method_changed
                    FROM figure f JOIN run_of r USING (fiscal_year)
                    WHERE f.level <> 'question'
                    GROUP BY f.agency_id, f.level, f.key, r.run),
                latest AS (SELECT agency_id, min(fiscal_year) AS first, max(fiscal_year) AS latest FROM question GROUP BY ALL),
                chain AS (
                    WITH RECURSIVE c AS (
                        SELECT q.agency_id, q.code AS start, q.fiscal_year, q.code, q.score FROM question q
                        JOIN latest l ON l.agency_id = q.agency_id AND l.latest = q.fiscal_year
                        UNION ALL
                        SELECT c.agency_id, c.start, p.fiscal_year, p.code, p.score FROM c
                        JOIN cat_question k ON k.fiscal_year = c.fiscal_year AND k.code = c.code
                        JOIN question p ON p.agency_id = c.agency_id AND p.fiscal_year = c.fiscal_year - 1
                             AND p.code = k.comparable_to)
                    SELECT * FROM c),
                question_runs AS (
                    SELECT c.agency_id, 'question' AS level, c.start AS key, list(c.fiscal_year ORDER BY c.fiscal_year) AS ys,
                           list(c.score ORDER BY c.fiscal_year) AS vs, min(c.fiscal_year) AS earliest
                    FROM chain c GROUP BY ALL)
                SELECT agency_id, level, key, ys, vs, method_changed FROM runs
                UNION ALL
                -- cut short: the agency has question scores before the run (the chain ended, or a year is missing)
                SELECT r.agency_id, r.level, r.key, r.ys, r.vs, l.first < r.earliest
                FROM question_runs r JOIN latest l USING (agency_id)
                """,
                """
                CREATE TABLE trend AS
                SELECT agency_id, level, key, ys[1] AS first_year, ys[-1] AS last_year, len(ys) AS years,
                       vs[1] AS first_score, vs[-1] AS last_score,
                       CASE WHEN len(ys) > 1 AND ys[-2] = ys[-1] - 1 THEN half_up(vs[-1] - vs[-2]) END AS delta_yoy,
                       half_up(trend_slope(ys, vs)) AS slope,
                       CASE WHEN trend_slope(ys, vs) >= 1 THEN 'improving' WHEN trend_slope(ys, vs) <= -1 THEN 'declining'
                            ELSE 'stable' END AS direction,
                       method_changed
                FROM trend_run
                """,
                // Every item judged by the rules of docs/analytics.md: (a) below 85, (b) more than 5 below the
                // same-type median (the nation's where the type has none), (c) only where nothing of the tool is
                // below 85: below the indicator's mean, else in an indicator below the tool's mean; an OIT item
                // scored 0 is not disclosed. The means are plain means of the scored items, as the batch takes them.
                """
                CREATE TABLE weak_judged AS
                WITH q AS (
                    SELECT x.agency_id, x.fiscal_year, x.code, x.score, c.tool, c.indicator, c.item_order, c.comparable_to,
                           coalesce(t.p50, n.p50) AS median, coalesce(t.p75, n.p75) AS p75
                    FROM question x JOIN agency a USING (agency_id)
                    JOIN cat_question c USING (fiscal_year, code)
                    LEFT JOIN peer_stats t ON t.peer_group = 'type' AND t.group_key = a.type_code AND t.level = 'question'
                         AND t.key = x.code AND t.fiscal_year = x.fiscal_year
                    LEFT JOIN peer_stats n ON n.peer_group = 'national' AND n.level = 'question'
                         AND n.key = x.code AND n.fiscal_year = x.fiscal_year),
                ind_sum AS (SELECT agency_id, fiscal_year, tool, indicator, kahan(list(score ORDER BY item_order)) AS k,
                                   count(*) AS n
                            FROM q GROUP BY ALL),
                ind AS (SELECT agency_id, fiscal_year, tool, indicator, (k.s - k.c) / n AS ind_mean FROM ind_sum),
                tl AS (SELECT agency_id, fiscal_year, tool, (k.s - k.c) / n AS tool_mean
                       FROM (SELECT agency_id, fiscal_year, tool, kahan(list(ind_mean ORDER BY indicator)) AS k, count(*) AS n
                             FROM ind GROUP BY ALL)),
                tmin AS (SELECT agency_id, fiscal_year, tool, min(score) AS tool_min FROM q GROUP BY ALL),
                flagged AS (
                    SELECT q.*, ind.ind_mean, tl.tool_mean,
                           q.tool = 'OIT' AND q.score <= 0 AS not_disclosed,
                           q.score < 85 - 1e-9 AS below_threshold,
                           coalesce(q.score < q.median - 5 - 1e-9, false) AS below_peers,
                           q.tool <> 'OIT' AND tmin.tool_min >= 85 AS rule_c
                    FROM q JOIN ind USING (agency_id, fiscal_year, tool, indicator) JOIN tl USING (agency_id, fiscal_year, tool)
                    JOIN tmin USING (agency_id, fiscal_year, tool)),
                judged AS (
                    SELECT *,
                           rule_c AND NOT (below_threshold OR below_peers) AND score < ind_mean - 0.005 AS below_indicator_mean,
                           rule_c AND NOT (below_threshold OR below_peers) AND NOT score < ind_mean - 0.005
                               AND ind_mean < tool_mean - 0.005 AS weak_indicator
                    FROM flagged)
                SELECT * FROM judged
                WHERE not_disclosed OR below_threshold OR below_peers OR below_indicator_mean OR weak_indicator
                """,
                // Consecutive years weak: the item the year before (through comparable_to) weak too.
                """
                CREATE TABLE weak_streak AS
                WITH RECURSIVE chain AS (
                    SELECT w.agency_id, w.fiscal_year, w.code, 1 AS years FROM weak_judged w
                    ANTI JOIN weak_judged p ON p.agency_id = w.agency_id AND p.fiscal_year = w.fiscal_year - 1
                         AND p.code = w.comparable_to
                    UNION ALL
                    SELECT w.agency_id, w.fiscal_year, w.code, c.years + 1 FROM chain c JOIN weak_judged w
                         ON w.agency_id = c.agency_id AND w.fiscal_year = c.fiscal_year + 1 AND w.comparable_to = c.code)
                SELECT * FROM chain
                """,
                """
                CREATE TABLE weak_item AS
                WITH s AS (
                    SELECT w.*, k.years,
                           CASE WHEN not_disclosed OR (below_threshold AND score < 70) THEN 'urgent'
                                WHEN below_threshold OR below_peers THEN 'improve' ELSE 'watch' END AS base_severity,
                           CAST(CAST(median AS DECIMAL(5,2)) AS VARCHAR) AS m,
                           CAST(CAST(half_up(ind_mean) AS DECIMAL(5,2)) AS VARCHAR) AS im,
                           CAST(CAST(half_up(tool_mean) AS DECIMAL(5,2)) AS VARCHAR) AS tm
                    FROM weak_judged w JOIN weak_streak k USING (agency_id, fiscal_year, code))
                SELECT agency_id, fiscal_year, 'item' AS level, code AS key, tool, indicator, score,
                       median AS peer_median,
                       half_up(greatest(0, CASE WHEN below_threshold THEN 85 - score END,
                                        CASE WHEN below_peers THEN median - 5 - score END,
                                        CASE WHEN below_indicator_mean THEN ind_mean - score END,
                                        CASE WHEN weak_indicator THEN tool_mean - ind_mean END)) AS gap,
                       concat_ws(',', CASE WHEN below_threshold THEN 'below_threshold' END,
                                 CASE WHEN below_peers THEN 'below_peers' END,
                                 CASE WHEN below_indicator_mean THEN 'below_indicator_mean' END,
                                 CASE WHEN weak_indicator THEN 'weak_indicator' END,
                                 CASE WHEN not_disclosed THEN 'not_disclosed' END) AS reasons,
                       years AS years_weak,
                       CASE WHEN years < 2 THEN base_severity WHEN base_severity = 'watch' THEN 'improve'
                            ELSE 'urgent' END AS severity,
                       concat_ws('; ', CASE WHEN not_disclosed THEN 'ไม่ได้เปิดเผยข้อมูล (0 คะแนน)' END,
                                 CASE WHEN below_threshold THEN 'ต่ำกว่าเกณฑ์ 85.00 คะแนน' END,
                                 CASE WHEN below_peers THEN 'ต่ำกว่าค่ามัธยฐานของหน่วยงานประเภทเดียวกัน (' || m
                                      || ') เกิน 5.00 คะแนน' END,
                                 CASE WHEN below_indicator_mean THEN 'ต่ำกว่าค่าเฉลี่ยของตัวชี้วัด (' || im
                                      || ') — ควรยกระดับต่อ' END,
                                 CASE WHEN weak_indicator THEN 'อยู่ในตัวชี้วัดที่ต่ำกว่าค่าเฉลี่ยของเครื่องมือ (' || tm
                                      || ') — ควรยกระดับต่อ' END,
                                 CASE WHEN years >= 2 THEN 'อ่อนติดต่อกัน ' || years || ' ปี' END) AS reason_th,
                       concat_ws('; ', CASE WHEN not_disclosed THEN 'not disclosed (scored 0)' END,
                                 CASE WHEN below_threshold THEN 'below the 85.00 threshold' END,
                                 CASE WHEN below_peers THEN 'more than 5.00 points below the peer median (' || m || ')' END,
                                 CASE WHEN below_indicator_mean THEN 'below its indicator''s mean (' || im
                                      || '): where to improve next' END,
                                 CASE WHEN weak_indicator THEN 'in an indicator below its tool''s mean (' || tm
                                      || '): where to improve next' END,
                                 CASE WHEN years >= 2 THEN 'weak ' || years || ' years in a row' END) AS reason_en
                FROM s
                """,
                // Recommended measures (docs/analytics.md): each catalog measure addresses the weak items among its
                // questions as the year numbers them, and its OIT items unless an earlier measure cites them; an
                // undisclosed or weak OIT item no measure cites gets a measure of its own. An item's target is the
                // higher of 85 and the peer p75 (100 if already above both, 100 for OIT); its gain is its share of
                // the total × (target − score); measures rank by expected gain, then id.
                """
                CREATE TABLE cat_share AS
                WITH ws AS (SELECT fiscal_year, indicator, kahan(list(weight ORDER BY item_order)) AS k
                            FROM cat_question GROUP BY ALL),
                ni AS (SELECT fiscal_year, tool, count(*) AS n FROM cat_indicator GROUP BY ALL)
                SELECT q.fiscal_year, q.code, t.weight / ni.n * (q.weight / (ws.k.s - ws.k.c)) AS share
                FROM cat_question q JOIN ws USING (fiscal_year, indicator)
                JOIN cat_tool t ON t.fiscal_year = q.fiscal_year AND t.tool = q.tool
                JOIN ni ON ni.fiscal_year = q.fiscal_year AND ni.tool = q.tool
                """,
                """
                CREATE TABLE recommendation_item AS
                WITH oit_first AS (
                    SELECT c.fiscal_year, c.code, arg_min(c.measure_id, r.position) AS measure_id,
                           arg_min(c.code_order, r.position) AS code_order
                    FROM measure_code c JOIN measure_ref r USING (measure_id) WHERE c.kind = 'oit' GROUP BY ALL),
                parts AS (
                    SELECT w.agency_id, w.fiscal_year, m.measure_id, w.code, m.code_order AS part_order, w.tool,
                           w.score, w.p75
                    FROM weak_judged w JOIN measure_code m ON m.fiscal_year = w.fiscal_year AND m.code = w.code
                         AND m.kind = 'question'
                    UNION ALL
                    SELECT w.agency_id, w.fiscal_year, coalesce(o.measure_id, 'OIT-' || w.code), w.code,
                           1000 + coalesce(o.code_order, 0), w.tool, w.score, NULL
                    FROM weak_judged w LEFT JOIN oit_first o ON o.fiscal_year = w.fiscal_year AND o.code = w.code
                    WHERE w.tool = 'OIT'),
                targeted AS (
                    SELECT p.*, s.share,
                           CASE WHEN p.tool = 'OIT' THEN 100.0
                                WHEN p.score >= greatest(85.0, coalesce(p.p75, 0.0)) THEN 100.0
                                ELSE greatest(85.0, coalesce(p.p75, 0.0)) END AS target
                    FROM parts p JOIN cat_share s USING (fiscal_year, code))
                SELECT agency_id, fiscal_year, measure_id, code, score, target, share, share * (target - score) AS gain,
                       part_order
                FROM targeted
                """,
                """
                CREATE TABLE recommendation AS
                WITH parts AS (
                    -- sorted by part order after the grouping: cheaper than an ordered aggregate
                    SELECT agency_id, fiscal_year, measure_id,
                           list_sort(list({'o': part_order, 'gain': gain, 'code': code, 'text': code || ' ' || two(score)
                                 || '→' || two(target) || ' (×' || four(share) || ' = ' || two(gain) || ')'})) AS parts
                    FROM recommendation_item GROUP BY ALL),
                g AS (
                    SELECT agency_id, fiscal_year, measure_id,
                           CASE WHEN len(parts) = 1 THEN {'s': parts[1].gain, 'c': 0.0}
                                ELSE kahan(list_transform(parts, lambda p: p.gain)) END AS k,
                           array_to_string(list_transform(parts, lambda p: p.text), ', ') AS items,
                           array_to_string(list_filter(list_transform(parts, lambda p: p.code),
                                                       lambda c: NOT starts_with(c, 'o')), ',') AS questions,
                           parts[1].code AS one_code
                    FROM parts),
                gained AS MATERIALIZED (SELECT *, k.s - k.c AS gain, half_up(k.s - k.c) AS expected_gain FROM g),
                ranked AS (
                    SELECT agency_id, fiscal_year, measure_id,
                           CAST(row_number() OVER (PARTITION BY agency_id, fiscal_year
                                                   ORDER BY expected_gain DESC, measure_id) AS INTEGER) AS rank
                    FROM gained)
                SELECT g.agency_id, g.fiscal_year, k.rank, g.measure_id,
                       coalesce(r.theme_th, 'การเปิดเผยข้อมูลสาธารณะ (OIT)') AS theme_th,
                       coalesce(r.theme_en, 'Open data (OIT)') AS theme_en,
                       coalesce(r.title_th, 'เผยแพร่ข้อมูล ' || g.one_code || ' ' || q.text_th) AS title_th,
                       coalesce(r.title_en, 'Publish ' || g.one_code || ' ' || coalesce(q.text_en, q.text_th)) AS title_en,
                       g.expected_gain, g.questions,
                       CASE WHEN r.measure_id IS NULL THEN g.one_code ELSE coalesce(r.oit_refs, '') END AS oit_refs,
                       'คะแนนรวมเพิ่มขึ้นโดยประมาณ ' || two(g.gain) || ' คะแนน: ' || g.items AS rationale_th,
                       'expected gain in the total ' || two(g.gain) || ' points: ' || g.items AS rationale_en
                FROM gained g JOIN ranked k USING (agency_id, fiscal_year, measure_id)
                LEFT JOIN measure_ref r USING (measure_id)
                LEFT JOIN cat_question q ON r.measure_id IS NULL AND q.fiscal_year = g.fiscal_year AND q.code = g.one_code
                """);
    }

    /** A new DuckDB file with the derived tables and the question scores, as the batch publishes them. */
    static List<String> publish(Path out) {
        String file = out.toString().replace("'", "''");
        List<String> tables = List.of("score_indicator", "score_tool", "score_total", "peer_stats", "peer_rank",
                "trend", "weak_item", "recommendation");
        java.util.ArrayList<String> sql = new java.util.ArrayList<>();
        sql.add("ATTACH '" + file + "' AS out");
        sql.add("CREATE TABLE out.score_question AS SELECT x.agency_id, x.fiscal_year, q.tool, q.indicator, "
                + "x.code AS question, x.score FROM question x JOIN cat_question q USING (fiscal_year, code)");
        for (String t : tables) {
            sql.add(String.format(Locale.ROOT, "CREATE TABLE out.%s AS SELECT * FROM %s", t, t));
        }
        sql.add("CREATE TABLE out.recommendation_item AS SELECT * EXCLUDE (part_order) FROM recommendation_item");
        sql.add("CHECKPOINT out");
        sql.add("DETACH out");
        return sql;
    }
}
