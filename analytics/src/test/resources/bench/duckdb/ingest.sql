-- DuckDbBaseline, step 1: reference tables, raw rows, validated subjects (agency-year) and canonical scores.
-- ${ref} and ${input} are replaced by the reference folder (BenchReference) and the national set's folder.
-- It knows the national set's shapes only: one wide CSV per items year, one long totals CSV.

-- The batch's rounding: half-up of the shortest decimal form (BigDecimal.valueOf) for scores, half-even
-- for peer statistics (Spark's bround).
CREATE MACRO half_up(x) AS CAST(round(CAST(CAST(x AS VARCHAR) AS DECIMAL(38,20)), 2) AS DOUBLE);

CREATE MACRO half_even(x) AS CAST(round_even(CAST(CAST(x AS VARCHAR) AS DECIMAL(38,20)), 2) AS DOUBLE);

-- Java's DoubleStream.sum/average: Kahan summation in order, the compensation subtracted at the end
-- (k.s - k.c). The batch's plain means add up that way, and a mean of 2-decimal scores is often a tie.
CREATE MACRO kahan(xs) AS list_reduce(list_transform(xs, lambda x: {'s': x, 'c': 0.0}),
    lambda a, b: {'s': a.s + (b.s - a.c), 'c': ((a.s + (b.s - a.c)) - a.s) - (b.s - a.c)});

CREATE TABLE ref_type AS SELECT * FROM read_csv('${ref}/agency_type.csv', all_varchar = true);

CREATE TABLE ref_province AS SELECT * FROM read_csv('${ref}/province.csv', all_varchar = true);

CREATE TABLE cat_year AS SELECT * FROM read_csv('${ref}/catalog_year.csv');

CREATE TABLE cat_tool AS SELECT * FROM read_csv('${ref}/catalog_tool.csv');

CREATE TABLE cat_indicator AS SELECT * FROM read_csv('${ref}/catalog_indicator.csv');

CREATE TABLE cat_question AS SELECT * FROM read_csv('${ref}/catalog_question.csv');

CREATE TABLE measure_ref AS SELECT * FROM read_csv('${ref}/measure.csv', types = {'oit_topics': 'VARCHAR'});

CREATE TABLE measure_code AS SELECT * FROM read_csv('${ref}/measure_code.csv');

-- Decimals.two / Decimals.fixed(…, 4): the half-up of the shortest decimal form, printed.
CREATE MACRO two(x) AS CAST(CAST(half_up(x) AS DECIMAL(18,2)) AS VARCHAR);

CREATE MACRO four(x) AS CAST(CAST(round(CAST(CAST(x AS VARCHAR) AS DECIMAL(38,20)), 4) AS DECIMAL(18,4)) AS VARCHAR);

CREATE TABLE wide AS SELECT row_number() OVER () AS rid, * FROM read_csv('${input}/*-wide.csv', all_varchar = true, union_by_name = true, header = true);

CREATE TABLE totals AS SELECT -row_number() OVER () AS rid, * FROM read_csv('${input}/*-totals.csv', all_varchar = true, union_by_name = true, header = true);

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
         || substr(sha256(coalesce(type_code, 'agency') || '|' || regexp_replace(core, '\s+', '', 'g')
                          || '|' || coalesce(province_code, '00')), 1, 8) AS agency_id
FROM cored
WHERE coalesce(name, '') <> ''
  AND (type_text IS NULL OR type_code IS NOT NULL)
  AND (province_text IS NULL OR province IS NOT NULL)
  AND fy IN (SELECT fiscal_year FROM cat_year);

CREATE TABLE cells AS
UNPIVOT (SELECT * EXCLUDE (agency_name, agency_type, province, fiscal_year) FROM wide)
ON COLUMNS(* EXCLUDE (rid)) INTO NAME code VALUE txt;

-- Items of the year's catalog with a number in 0–100; the rest are rejected cells.
CREATE TABLE scored AS
SELECT s.agency_id, s.fiscal_year, q.code, TRY_CAST(trim(c.txt) AS DOUBLE) AS score
FROM cells c JOIN subject s USING (rid)
JOIN cat_year y ON y.fiscal_year = s.fiscal_year AND y.framework = 'items'
JOIN cat_question q ON q.fiscal_year = s.fiscal_year AND q.code = lower(trim(c.code))
WHERE TRY_CAST(trim(c.txt) AS DOUBLE) BETWEEN 0 AND 100;

-- Rows sharing a key but disagreeing on the score are all rejected; equal copies count once.
CREATE TABLE question AS
SELECT agency_id, fiscal_year, code, any_value(score) AS score FROM scored
GROUP BY agency_id, fiscal_year, code HAVING count(DISTINCT score) = 1;

CREATE TABLE published_total AS
SELECT s.agency_id, s.fiscal_year, any_value(TRY_CAST(trim(t.score) AS DOUBLE)) AS total
FROM totals t JOIN subject s USING (rid)
WHERE (t.tool IS NULL OR upper(trim(t.tool)) IN ('ITA', 'TOTAL', 'รวม', 'คะแนนรวม'))
  AND TRY_CAST(trim(t.score) AS DOUBLE) BETWEEN 0 AND 100
GROUP BY s.agency_id, s.fiscal_year HAVING count(DISTINCT TRY_CAST(trim(t.score) AS DOUBLE)) = 1;

CREATE TABLE agency AS
SELECT agency_id, any_value(type_code) AS type_code, any_value(province) AS province,
       any_value(region) AS region
FROM subject GROUP BY agency_id;
