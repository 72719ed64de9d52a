-- DuckDbBaseline, step 2: roll-ups from complete components only, peer statistics and ranks.

CREATE TABLE indicator_raw AS
WITH expected AS (SELECT fiscal_year, indicator, count(*) AS n FROM cat_question GROUP BY ALL)
SELECT x.agency_id, x.fiscal_year, q.tool, q.indicator,
       -- items added in catalog order, as the batch does, so rounding ties fall the same way
       list_reduce(list(x.score * q.weight ORDER BY q.item_order), lambda a, b: a + b) / sum(q.weight) AS score,
       count(*) AS items
FROM question x JOIN cat_question q USING (fiscal_year, code)
JOIN expected e ON e.fiscal_year = x.fiscal_year AND e.indicator = q.indicator
GROUP BY x.agency_id, x.fiscal_year, q.tool, q.indicator, e.n HAVING count(*) = e.n;

-- A tool's score: the plain mean of its indicators, in indicator order.
CREATE TABLE tool_raw AS
WITH expected AS (SELECT fiscal_year, tool, count(*) AS n FROM cat_indicator GROUP BY ALL)
SELECT agency_id, fiscal_year, tool, (k.s - k.c) / n AS score
FROM (SELECT i.agency_id, i.fiscal_year, i.tool, kahan(list(i.score ORDER BY i.indicator)) AS k, e.n
      FROM indicator_raw i JOIN expected e USING (fiscal_year, tool)
      GROUP BY i.agency_id, i.fiscal_year, i.tool, e.n HAVING count(*) = e.n);

CREATE TABLE total_raw AS
WITH w AS (PIVOT cat_tool ON tool USING any_value(weight) GROUP BY fiscal_year),
t AS (PIVOT tool_raw ON tool IN ('IIT', 'EIT', 'OIT') USING any_value(score) GROUP BY agency_id, fiscal_year)
SELECT t.agency_id, t.fiscal_year, w.IIT * t.IIT + w.EIT * t.EIT + w.OIT * t.OIT AS computed
FROM t JOIN w USING (fiscal_year) WHERE t.IIT IS NOT NULL AND t.EIT IS NOT NULL AND t.OIT IS NOT NULL;

CREATE TABLE score_total AS
SELECT agency_id, fiscal_year, half_up(coalesce(p.total, c.computed)) AS total,
       half_up(c.computed) AS computed_total, p.total AS published_total
FROM total_raw c FULL JOIN published_total p USING (agency_id, fiscal_year);

CREATE TABLE score_tool AS SELECT agency_id, fiscal_year, tool, half_up(score) AS score FROM tool_raw;

CREATE TABLE score_indicator AS
SELECT agency_id, fiscal_year, tool, indicator, half_up(score) AS score, items AS items_scored
FROM indicator_raw;

CREATE TABLE figure AS
SELECT agency_id, fiscal_year, 'total' AS level, 'total' AS key, total AS score FROM score_total
UNION ALL SELECT agency_id, fiscal_year, 'tool', tool, score FROM score_tool
UNION ALL SELECT agency_id, fiscal_year, 'indicator', CAST(indicator AS VARCHAR), score FROM score_indicator
UNION ALL SELECT agency_id, fiscal_year, 'question', code, score FROM question;

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
FROM agg;

-- Totals and tools ranked in every peer group: rank 1 the highest, ties share a rank; the percentile is the
-- share of the others scoring lower (0–100, one decimal half-even, 0 alone in a group).
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
WINDOW w AS (PARTITION BY f.fiscal_year, g.peer_group, g.group_key, f.level, f.key);
