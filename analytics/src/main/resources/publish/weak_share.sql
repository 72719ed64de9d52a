-- weak_share from the published weak_item, agency and peer_stats tables (DuckDbPublisher runs it once they
-- are loaded). Per peer group, year and question: the group's agencies weak on it (any rule, item level),
-- out of those scored on it (peer_stats.n). share = n_weak / n_agencies in percent, one decimal, a tie to
-- the even digit, in integers so that no floating point decides a tie: 1000 × n_weak / n_agencies
-- rounded half-even, then / 10.
INSERT INTO weak_share
WITH weak AS (
    SELECT DISTINCT agency_id, fiscal_year, key FROM weak_item WHERE level = 'item'
), counted AS (
    SELECT w.fiscal_year, g.peer_group, g.group_key, w.key, count(*) AS n_weak
    FROM weak w
    JOIN agency a USING (agency_id)
    CROSS JOIN LATERAL (VALUES ('national', 'all'), ('type', a.agency_type_code), ('province', a.province),
                               ('region', a.region)) g(peer_group, group_key)
    WHERE g.group_key IS NOT NULL
    GROUP BY ALL
), ratio AS (
    SELECT c.fiscal_year, c.peer_group, c.group_key, c.key, c.n_weak, s.n AS n_agencies,
           (1000 * c.n_weak) // s.n AS tenths, (1000 * c.n_weak) % s.n AS remainder
    FROM counted c
    JOIN peer_stats s ON s.fiscal_year = c.fiscal_year AND s.peer_group = c.peer_group
         AND s.group_key = c.group_key AND s.level = 'question' AND s.key = c.key
)
SELECT fiscal_year, peer_group, group_key, key, n_weak, n_agencies,
       (tenths + CASE WHEN 2 * remainder > n_agencies THEN 1
                      WHEN 2 * remainder = n_agencies THEN tenths % 2
                      ELSE 0 END) / 10.0 AS share
FROM ratio
