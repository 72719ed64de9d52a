package th.ita.insight.analytics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weak items, measures, trends and peers as the real batch publishes them for the bundled sample. */
class SampleAnalysisTest {
    private static Path db;

    @BeforeAll
    static void publish() throws Exception {
        db = SamplePublish.pristine();
    }

    private static List<String> query(String sql) throws SQLException {
        return Duck.query(db, sql);
    }

    @Test
    void nathon_fy2566_weak_questions_are_flagged_and_its_measures_cite_the_seeds_oit_items() throws SQLException {
        List<String> weak = query("SELECT key FROM weak_item JOIN agency USING (agency_id) "
                + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' AND fiscal_year = 2566 ORDER BY key");
        for (String q : List.of("i3", "i4", "i5", "i6", "i7", "i8", "i10", "i11", "i13", "i14", "i15", "i19", "i20",
                "i22", "i23", "i24", "e3", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14", "e15")) {
            assertTrue(weak.contains(q), q + " flagged: " + weak);
        }
        String cited = String.join(",", query("SELECT oit_refs FROM recommendation JOIN agency USING (agency_id) "
                + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' AND fiscal_year = 2566"));
        for (String o : List.of("o34", "o35", "o27", "o28", "o39", "o17", "o14", "o18", "o30", "o11", "o36", "o38")) {
            assertTrue(cited.contains(o), o + " cited: " + cited);
        }
        // Every recommendation's gain is the sum of its items' gains, and each gain is share × (target − score).
        assertEquals(List.of("0"), query("""
                SELECT count(*) FROM recommendation r
                JOIN (SELECT agency_id, fiscal_year, measure_id, sum(gain) AS g,
                             max(abs(gain - share * (target - score))) AS err
                      FROM recommendation_item GROUP BY ALL) i USING (agency_id, fiscal_year, measure_id)
                WHERE abs(r.expected_gain - i.g) > 0.0051 OR i.err > 1e-9"""));
    }

    @Test
    void a_declining_agency_is_flagged_and_a_method_change_is_not_compared() throws SQLException {
        // เทศบาลเมืองชลบุรี is built to lose ground every year (data/sample/README.md): declining in each run of
        // comparable years, and never compared across the 2566 and 2568 method changes.
        assertEquals(List.of("2564 2565 2 declining false", "2566 2567 2 declining true", "2568 2568 1 stable true"), query("SELECT t.first_year, "
                + "t.last_year, years, direction, method_changed FROM trend t JOIN agency USING (agency_id) "
                + "WHERE name_th = 'เทศบาลเมืองชลบุรี' AND level = 'total' ORDER BY t.first_year"));
        // สสวท.'s published totals 2558–2567 are three runs, cut at the 2562 and 2566 method changes.
        assertEquals(List.of("2558 2561 false", "2562 2565 true", "2566 2567 true"), query("SELECT t.first_year, t.last_year, "
                + "method_changed FROM trend t JOIN agency USING (agency_id) WHERE name_th LIKE 'สถาบันส่งเสริม%' "
                + "AND level = 'total' ORDER BY t.first_year"));
        // FY2568 starts a new method: its OIT items are never compared with FY2567's.
        assertEquals(List.of("0"), query("SELECT count(*) FROM trend WHERE level = 'question' AND key LIKE 'o%' "
                + "AND last_year = 2568 AND (delta_yoy IS NOT NULL OR NOT method_changed)"));
        assertTrue(Long.parseLong(query("SELECT count(*) FROM trend WHERE level = 'question' AND key LIKE 'i%' "
                + "AND last_year = 2568 AND delta_yoy IS NOT NULL").get(0)) > 0, "IIT questions comparable into 2568 keep their delta");
    }

    /** Every figure of every agency-year in each of its four peer groups, in plain SQL. */
    private static final String IN_GROUPS = """
            WITH fig AS (
              SELECT agency_id, fiscal_year, 'total' AS level, 'total' AS key, total AS score FROM score_total
              UNION ALL SELECT agency_id, fiscal_year, 'tool', tool, score FROM score_tool
              UNION ALL SELECT agency_id, fiscal_year, 'indicator', CAST(indicator AS VARCHAR), score FROM score_indicator
              UNION ALL SELECT agency_id, fiscal_year, 'question', question, score FROM score_question),
            grp AS (
              SELECT f.*, g.peer_group, g.group_key FROM fig f JOIN agency a USING (agency_id),
                (VALUES ('national', 'all'), ('type', a.agency_type_code), ('province', a.province),
                        ('region', a.region)) g(peer_group, group_key)
              WHERE g.group_key IS NOT NULL)
            """;

    @Test
    void peer_statistics_recompute_from_the_published_scores() throws SQLException {
        // Every group, level and key, every statistic: DuckDB's quantile_cont interpolates as the batch does;
        // percentiles of ranks may differ by a rounding tie (31.25: half-even 31.2 here, half-up in DuckDB).
        assertEquals(List.of("0 0"), query(IN_GROUPS + """
                , expected AS (
                  SELECT fiscal_year, peer_group, group_key, level, key, count(*) AS n, avg(score) AS mean,
                         quantile_cont(score, 0.1) AS p10, quantile_cont(score, 0.25) AS p25,
                         quantile_cont(score, 0.5) AS p50, quantile_cont(score, 0.75) AS p75,
                         quantile_cont(score, 0.9) AS p90
                  FROM grp GROUP BY ALL)
                SELECT count(*) FILTER (WHERE p.n IS DISTINCT FROM e.n),
                       count(*) FILTER (WHERE greatest(abs(p.mean - e.mean), abs(p.p10 - e.p10), abs(p.p25 - e.p25),
                              abs(p.p50 - e.p50), abs(p.p75 - e.p75), abs(p.p90 - e.p90)) > 0.0051
                              OR p.mean IS NULL OR e.mean IS NULL)
                FROM peer_stats p FULL JOIN expected e USING (fiscal_year, peer_group, group_key, level, key)"""));
        assertEquals(List.of("0"), query(IN_GROUPS + """
                , expected AS (
                  SELECT agency_id, fiscal_year, peer_group, group_key, level, key,
                         rank() OVER (PARTITION BY fiscal_year, peer_group, group_key, level, key ORDER BY score DESC) AS rank,
                         count(*) OVER (PARTITION BY fiscal_year, peer_group, group_key, level, key) AS n,
                         100 * percent_rank() OVER (PARTITION BY fiscal_year, peer_group, group_key, level, key
                                                    ORDER BY score) AS percentile
                  FROM grp WHERE level IN ('total', 'tool'))
                SELECT count(*) FROM peer_rank p FULL JOIN expected e
                       USING (agency_id, fiscal_year, peer_group, group_key, level, key)
                WHERE p.rank IS DISTINCT FROM e.rank OR p.n IS DISTINCT FROM e.n
                      OR NOT abs(p.percentile - e.percentile) <= 0.0501"""));
        // FY2567: the 45 question-level agencies, the 8 of น่าน, สสวท. and เมืองพัทยา
        assertEquals(List.of("1 " + (45 + 8 + 2)), query("SELECT min(rank), max(n) FROM peer_rank WHERE peer_group = 'national' "
                + "AND level = 'total' AND fiscal_year = 2567 AND n = (SELECT max(n) FROM peer_rank WHERE fiscal_year = 2567 "
                + "AND peer_group = 'national' AND level = 'total')"));
    }

    @Test
    void indicators_and_tools_recompute_from_score_question_and_the_catalog() throws SQLException {
        assertEquals(List.of("0"), query("""
                SELECT count(*) FROM score_indicator i
                JOIN (SELECT q.agency_id, q.fiscal_year, q.indicator, sum(q.score * c.weight) / sum(c.weight) AS s
                      FROM score_question q JOIN catalog_question c ON c.fiscal_year = q.fiscal_year AND c.code = q.question
                      GROUP BY ALL) r USING (agency_id, fiscal_year, indicator)
                WHERE i.origin = 'items' AND abs(i.score - r.s) > 0.0051"""));
        assertEquals(List.of("0"), query("""
                WITH ind AS (
                  SELECT q.agency_id, q.fiscal_year, q.tool, q.indicator, sum(q.score * c.weight) / sum(c.weight) AS s
                  FROM score_question q JOIN catalog_question c ON c.fiscal_year = q.fiscal_year AND c.code = q.question
                  GROUP BY ALL)
                SELECT count(*) FROM score_tool t
                JOIN (SELECT agency_id, fiscal_year, tool, avg(s) AS s FROM ind GROUP BY ALL) r
                     USING (agency_id, fiscal_year, tool)
                WHERE t.origin = 'computed' AND abs(t.score - r.s) > 0.0051"""));
        // Overseers' list: the share of อบต. weak on each question adds up with weak_item.
        assertEquals(List.of("0"), query("""
                SELECT count(*) FROM weak_share s
                JOIN (SELECT w.fiscal_year, w.key, count(DISTINCT w.agency_id) AS n FROM weak_item w
                      JOIN agency a USING (agency_id) WHERE a.agency_type_code = 'sao' AND w.level = 'item' GROUP BY ALL) w
                     USING (fiscal_year, key)
                WHERE s.peer_group = 'type' AND s.group_key = 'sao' AND s.n_weak <> w.n"""));
        // … and each share is n_weak of n_agencies in percent, to one decimal, in all four kinds of group.
        assertEquals(List.of("0"), query("""
                SELECT count(*) FROM weak_share
                WHERE n_weak > n_agencies OR abs(share - 100.0 * n_weak / n_agencies) > 0.05
                   OR share <> round(share, 1)"""));
        assertEquals(List.of("4"), query("SELECT count(DISTINCT peer_group) FROM weak_share"));
    }
}
