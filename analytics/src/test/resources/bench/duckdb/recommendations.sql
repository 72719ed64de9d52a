-- DuckDbBaseline, step 5: recommended measures (docs/analytics.md). Each catalog measure addresses the weak
-- items among its questions as the year numbers them, and its OIT items unless an earlier measure cites them;
-- a weak OIT item no measure cites gets a measure of its own. An item's target is the higher of 85 and the
-- peer p75 (100 if already above both, 100 for OIT); its gain is its share of the total × (target − score);
-- measures rank by expected gain, then id.

-- cat_share (an item's share of the total) is made by weak_items.sql, whose priority tiers need it first.

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
FROM targeted;

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
       CASE WHEN r.measure_id IS NULL THEN g.one_code ELSE coalesce(y.refs, '') END AS oit_refs,
       'คะแนนรวมเพิ่มขึ้นโดยประมาณ ' || two(g.gain) || ' คะแนน: ' || g.items AS rationale_th,
       'expected gain in the total ' || two(g.gain) || ' points: ' || g.items AS rationale_en
FROM gained g JOIN ranked k USING (agency_id, fiscal_year, measure_id)
LEFT JOIN measure_ref r USING (measure_id)
-- a measure cites the OIT items of its own year, in citing order
LEFT JOIN (SELECT measure_id, fiscal_year, string_agg(code, ',' ORDER BY code_order) AS refs
           FROM measure_code WHERE kind = 'oit' GROUP BY ALL) y
     ON y.measure_id = g.measure_id AND y.fiscal_year = g.fiscal_year
LEFT JOIN cat_question q ON r.measure_id IS NULL AND q.fiscal_year = g.fiscal_year AND q.code = g.one_code;
