-- DuckDbBaseline, step 3: trends (docs/analytics.md). Totals, tools and indicators in runs of years between
-- method breaks (two years are in one run when no break year lies after the first, up to the second); a
-- question of the agency's latest question year followed back through comparable_to while the year before
-- has it. Slope: least squares over the run, sums taken oldest year first, as the batch takes them.

CREATE MACRO trend_slope(ys, vs) AS
    CASE WHEN len(ys) < 2 THEN NULL ELSE
    (len(ys) * list_reduce(list_transform(list_zip(ys, vs), lambda p: p[1] * p[2]), lambda a, b: a + b)
     - CAST(list_sum(ys) AS DOUBLE) * list_reduce(vs, lambda a, b: a + b))
    / (len(ys) * CAST(list_sum(list_transform(ys, lambda y: CAST(y AS BIGINT) * y)) AS DOUBLE)
       - CAST(list_sum(ys) AS DOUBLE) * CAST(list_sum(ys) AS DOUBLE)) END;

CREATE TABLE run_of AS
SELECT fiscal_year, (SELECT count(*) FROM cat_year b WHERE b.method_break AND b.fiscal_year <= y.fiscal_year)
       AS run FROM cat_year y;

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
FROM question_runs r JOIN latest l USING (agency_id);

CREATE TABLE trend AS
SELECT agency_id, level, key, ys[1] AS first_year, ys[-1] AS last_year, len(ys) AS years,
       vs[1] AS first_score, vs[-1] AS last_score,
       CASE WHEN len(ys) > 1 AND ys[-2] = ys[-1] - 1 THEN half_up(vs[-1] - vs[-2]) END AS delta_yoy,
       half_up(trend_slope(ys, vs)) AS slope,
       CASE WHEN trend_slope(ys, vs) >= 1 THEN 'improving' WHEN trend_slope(ys, vs) <= -1 THEN 'declining'
            ELSE 'stable' END AS direction,
       method_changed
FROM trend_run;
