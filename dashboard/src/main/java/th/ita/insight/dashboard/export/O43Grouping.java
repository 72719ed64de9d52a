package th.ita.insight.dashboard.export;

/** How the o43 groups its measures: by assessment tool as in seed 004, by indicator as in seed 002, or by theme. */
enum O43Grouping {
    TOOL, INDICATOR, THEME
}
