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
 * Benchmark baseline A: the batch's core derived tables computed with plain DuckDB SQL over JDBC, in the
 * same kind of JVM as the batch, from the same CSV files — to show what the Spark pipeline costs.
 * It knows only the two shapes of the national set (one wide CSV per item year, one long totals CSV)
 * and the validation those files need (unknown agency type or province → row rejected; a cell that is
 * not a number or outside 0–100 → cell rejected; conflicting duplicates → all rejected), and it derives
 * score_indicator, score_tool, score_total, peer_stats and the rule (a)/(b) weak items by the rules of
 * docs/analytics.md. Rounding is the batch's: half-up of the shortest decimal form for scores
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

    private static void run(Statement st, List<String> statements) throws SQLException {
        for (String sql : statements) {
            st.execute(sql);
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
                "CREATE TABLE ref_type AS SELECT * FROM read_csv('" + ref + "agency_type.csv', all_varchar = true)",
                "CREATE TABLE ref_province AS SELECT * FROM read_csv('" + ref + "province.csv', all_varchar = true)",
                "CREATE TABLE cat_year AS SELECT * FROM read_csv('" + ref + "catalog_year.csv')",
                "CREATE TABLE cat_tool AS SELECT * FROM read_csv('" + ref + "catalog_tool.csv')",
                "CREATE TABLE cat_indicator AS SELECT * FROM read_csv('" + ref + "catalog_indicator.csv')",
                "CREATE TABLE cat_question AS SELECT * FROM read_csv('" + ref + "catalog_question.csv')",
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
                SELECT i.agency_id, i.fiscal_year, i.tool, favg(i.score) AS score
                FROM indicator_raw i JOIN expected e USING (fiscal_year, tool)
                GROUP BY i.agency_id, i.fiscal_year, i.tool, e.n HAVING count(*) = e.n
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
                // Rules (a) threshold 85 and (b) more than 5 below the same-type median (national without a type).
                """
                CREATE TABLE weak_item AS
                SELECT q.agency_id, q.fiscal_year, q.code AS key, q.score,
                       coalesce(t.p50, n.p50) AS peer_median,
                       q.score < 85 - 1e-9 AS below_threshold,
                       coalesce(q.score < coalesce(t.p50, n.p50) - 5 - 1e-9, false) AS below_peers
                FROM question q JOIN agency a USING (agency_id)
                LEFT JOIN peer_stats t ON t.peer_group = 'type' AND t.group_key = a.type_code AND t.level = 'question'
                     AND t.key = q.code AND t.fiscal_year = q.fiscal_year
                LEFT JOIN peer_stats n ON n.peer_group = 'national' AND n.level = 'question'
                     AND n.key = q.code AND n.fiscal_year = q.fiscal_year
                WHERE q.score < 85 - 1e-9 OR q.score < coalesce(t.p50, n.p50) - 5 - 1e-9
                """);
    }

    /** A new DuckDB file with the derived tables and the question scores, as the batch publishes them. */
    static List<String> publish(Path out) {
        String file = out.toString().replace("'", "''");
        List<String> tables = List.of("score_indicator", "score_tool", "score_total", "peer_stats", "weak_item");
        java.util.ArrayList<String> sql = new java.util.ArrayList<>();
        sql.add("ATTACH '" + file + "' AS out");
        sql.add("CREATE TABLE out.score_question AS SELECT x.agency_id, x.fiscal_year, q.tool, q.indicator, "
                + "x.code AS question, x.score FROM question x JOIN cat_question q USING (fiscal_year, code)");
        for (String t : tables) {
            sql.add(String.format(Locale.ROOT, "CREATE TABLE out.%s AS SELECT * FROM %s", t, t));
        }
        sql.add("CHECKPOINT out");
        sql.add("DETACH out");
        return sql;
    }
}
