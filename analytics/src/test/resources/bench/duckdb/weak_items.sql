-- DuckDbBaseline, step 4: every item judged by the rules of docs/analytics.md: (a) below 85, (b) more than 5
-- below the same-type median (the nation's where the type has none), (c) only where nothing of the tool is
-- below 85: below the indicator's mean, else in an indicator below the tool's mean; an OIT item scored 0 is
-- not disclosed. The means are plain means of the scored items, added as the batch adds them (kahan).
-- Then the streak (the item the year before, through comparable_to, weak too), the priority tier and the
-- reasons in Thai and English as the batch words them.

-- An item's share of the total: tool weight ÷ indicators in the tool × item weight ÷ the indicator's weights.
CREATE TABLE cat_share AS
WITH ws AS (SELECT fiscal_year, indicator, kahan(list(weight ORDER BY item_order)) AS k
            FROM cat_question GROUP BY ALL),
ni AS (SELECT fiscal_year, tool, count(*) AS n FROM cat_indicator GROUP BY ALL)
SELECT q.fiscal_year, q.code, t.weight / ni.n * (q.weight / (ws.k.s - ws.k.c)) AS share
FROM cat_question q JOIN ws USING (fiscal_year, indicator)
JOIN cat_tool t ON t.fiscal_year = q.fiscal_year AND t.tool = q.tool
JOIN ni ON ni.fiscal_year = q.fiscal_year AND ni.tool = q.tool;

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
WHERE not_disclosed OR below_threshold OR below_peers OR below_indicator_mean OR weak_indicator;

-- Consecutive years weak: the item the year before (through comparable_to) weak too.
CREATE TABLE weak_streak AS
WITH RECURSIVE chain AS (
    SELECT w.agency_id, w.fiscal_year, w.code, 1 AS years FROM weak_judged w
    ANTI JOIN weak_judged p ON p.agency_id = w.agency_id AND p.fiscal_year = w.fiscal_year - 1
         AND p.code = w.comparable_to
    UNION ALL
    SELECT w.agency_id, w.fiscal_year, w.code, c.years + 1 FROM chain c JOIN weak_judged w
         ON w.agency_id = c.agency_id AND w.fiscal_year = c.fiscal_year + 1 AND w.comparable_to = c.code)
SELECT * FROM chain;

CREATE TABLE weak_item AS
WITH s AS (
    SELECT w.*, k.years,
           -- what reaching the target is worth, in points of the total (the tier's input)
           h.share * (CASE WHEN tool = 'OIT' THEN 100.0
                           WHEN score >= greatest(85.0, coalesce(p75, 0.0)) THEN 100.0
                           ELSE greatest(85.0, coalesce(p75, 0.0)) END - score) AS gain,
           CAST(CAST(median AS DECIMAL(5,2)) AS VARCHAR) AS m,
           CAST(CAST(half_up(ind_mean) AS DECIMAL(5,2)) AS VARCHAR) AS im,
           CAST(CAST(half_up(tool_mean) AS DECIMAL(5,2)) AS VARCHAR) AS tm
    FROM weak_judged w JOIN weak_streak k USING (agency_id, fiscal_year, code)
    JOIN cat_share h USING (fiscal_year, code))
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
       CASE WHEN not_disclosed THEN 'urgent'
            WHEN below_threshold AND (below_peers OR median IS NULL)
                 AND (gain >= 0.25 - 1e-9 OR (years >= 2 AND below_peers AND gain >= 0.20 - 1e-9)) THEN 'urgent'
            WHEN gain >= 0.05 - 1e-9 AND (below_threshold OR median IS NULL OR score < median - 1e-9) THEN 'improve'
            ELSE 'maintain' END AS severity,
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
FROM s;
