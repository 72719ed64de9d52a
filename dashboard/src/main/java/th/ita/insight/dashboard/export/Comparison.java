package th.ita.insight.dashboard.export;

/**
 * Whether the o42's indicator table shows the year before: {@code AUTO} only when no method change lies
 * between the years (a series is cut at a break, docs/duckdb-schema.md), {@code ALWAYS} with the break
 * noted, {@code NONE} never.
 */
enum Comparison {
    AUTO, ALWAYS, NONE
}
