-- The DuckDB contract between the batch (writer) and the dashboard (reader).
-- Documented table by table in docs/duckdb-schema.md; a test keeps the two in step.
-- Scores are DOUBLE on the 0–100 scale. Derived scores are rounded half-up to 2 decimals, as the NACC
-- publishes them; roll-ups are computed from unrounded values first.

CREATE TABLE schema_version (
    version      INTEGER NOT NULL,
    description  VARCHAR NOT NULL
);

CREATE TABLE run_info (
    run_id           VARCHAR   NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP NOT NULL,
    inputs           VARCHAR   NOT NULL,   -- the input paths of this run, ';'-separated
    rows_in          BIGINT    NOT NULL,   -- data rows read in this run's inputs
    rows_loaded      BIGINT    NOT NULL,   -- canonical rows this run added or replaced
    rows_rejected    BIGINT    NOT NULL,
    rows_stored      BIGINT    NOT NULL,   -- canonical rows in the store after this run (all runs)
    catalog_version  VARCHAR   NOT NULL,
    app_version      VARCHAR   NOT NULL
);

CREATE TABLE agency (
    agency_id         VARCHAR NOT NULL PRIMARY KEY,
    name_th           VARCHAR NOT NULL,
    agency_type       VARCHAR,            -- short Thai label: อบต., ทต., ทม., ทน., อบจ., กรม …
    agency_type_code  VARCHAR,            -- sao, subdistrict-municipality, … (see AgencyType)
    province          VARCHAR,            -- Thai name; NULL for agencies without a province
    province_en       VARCHAR,
    region            VARCHAR,            -- central, north, northeast, east, west, south
    first_year        INTEGER NOT NULL,
    last_year         INTEGER NOT NULL
);

CREATE TABLE catalog_year (
    fiscal_year           INTEGER NOT NULL PRIMARY KEY,
    previous_year         INTEGER,
    framework             VARCHAR NOT NULL,   -- items | total_only (FY2558–FY2561)
    method_break          BOOLEAN NOT NULL,   -- the method changed from previous_year to this year
    method_break_note_th  VARCHAR,
    method_break_note_en  VARCHAR,
    status                VARCHAR NOT NULL,   -- confirmed | provisional
    notes_th       VARCHAR,
    notes_en       VARCHAR
);

CREATE TABLE catalog_tool (
    fiscal_year  INTEGER NOT NULL,
    tool         VARCHAR NOT NULL,        -- IIT | EIT | OIT
    name_th      VARCHAR NOT NULL,
    name_en      VARCHAR NOT NULL,
    weight       DOUBLE  NOT NULL,
    PRIMARY KEY (fiscal_year, tool)
);

CREATE TABLE catalog_indicator (
    fiscal_year  INTEGER NOT NULL,
    indicator    INTEGER NOT NULL,
    tool         VARCHAR NOT NULL,
    name_th      VARCHAR NOT NULL,
    name_en      VARCHAR NOT NULL,
    PRIMARY KEY (fiscal_year, indicator)
);

CREATE TABLE catalog_question (
    fiscal_year      INTEGER NOT NULL,
    code             VARCHAR NOT NULL,    -- i1–i30, e1–e15, o1–oN
    tool             VARCHAR NOT NULL,
    indicator        INTEGER NOT NULL,
    sub_indicator    VARCHAR,             -- OIT only: 9.1 …
    sub_indicator_th VARCHAR,
    text_th          VARCHAR NOT NULL,
    text_en          VARCHAR,
    scale            VARCHAR NOT NULL,    -- graded4 | yes_no | disclosure
    direction        VARCHAR NOT NULL,    -- positive | negative
    text_confirmed   BOOLEAN NOT NULL,
    comparable_to    VARCHAR,             -- code in the previous year's catalog, NULL = not comparable
    weight           DOUBLE  NOT NULL,
    PRIMARY KEY (fiscal_year, code)
);

CREATE TABLE catalog_grade_band (
    fiscal_year    INTEGER NOT NULL,
    priority       INTEGER NOT NULL,      -- first band (lowest priority number) whose conditions hold wins
    code           VARCHAR NOT NULL,
    label_th       VARCHAR NOT NULL,
    label_en       VARCHAR NOT NULL,
    min_score      DOUBLE  NOT NULL,      -- inclusive
    max_score      DOUBLE  NOT NULL,      -- exclusive, except 100
    min_each_tool  DOUBLE,
    pass           BOOLEAN NOT NULL,
    PRIMARY KEY (fiscal_year, priority)
);

CREATE TABLE score_question (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    tool         VARCHAR NOT NULL,
    indicator    INTEGER NOT NULL,
    question     VARCHAR NOT NULL,
    score        DOUBLE  NOT NULL,        -- as read from the input
    source_file  VARCHAR NOT NULL,
    source_line  BIGINT  NOT NULL
    -- One row per (agency_id, fiscal_year, question), checked when a file is published (AtomicPublisher)
    -- rather than declared: DuckDB answers the dashboard's lookups with a scan, never this key's index,
    -- and building the index for ~5 M rows was half of a national publish (docs/performance.md).
);

CREATE TABLE score_indicator (
    agency_id       VARCHAR NOT NULL,
    fiscal_year     INTEGER NOT NULL,
    tool            VARCHAR NOT NULL,
    indicator       INTEGER NOT NULL,
    score           DOUBLE  NOT NULL,
    origin          VARCHAR NOT NULL,     -- items (computed from question/item scores) | input (read as given)
    items_scored    INTEGER NOT NULL,
    items_expected  INTEGER NOT NULL,
    source_file     VARCHAR,              -- where an input figure was read
    source_line     BIGINT,
    PRIMARY KEY (agency_id, fiscal_year, indicator)
);

CREATE TABLE score_tool (
    agency_id        VARCHAR NOT NULL,
    fiscal_year      INTEGER NOT NULL,
    tool             VARCHAR NOT NULL,
    score            DOUBLE  NOT NULL,    -- what users see: published if any, else computed
    origin           VARCHAR NOT NULL,    -- published | computed
    computed_score   DOUBLE,              -- mean of all its indicators; NULL when one is missing
    published_score  DOUBLE,              -- as read; NULL when none was loaded
    source_file      VARCHAR,             -- where the published figure was read
    source_line      BIGINT,
    PRIMARY KEY (agency_id, fiscal_year, tool)
);

CREATE TABLE score_total (
    agency_id        VARCHAR NOT NULL,
    fiscal_year      INTEGER NOT NULL,
    total            DOUBLE  NOT NULL,    -- what users see: published if any, else computed
    origin           VARCHAR NOT NULL,    -- published | computed
    computed_total   DOUBLE,              -- from the three tool scores; NULL when one is missing
    published_total  DOUBLE,
    published_label  VARCHAR,             -- the level as the source printed it (AA, ผ่าน, สูงมาก …)
    grade            VARCHAR,             -- official level from that year's bands; NULL for FY2558–FY2561
    grade_th         VARCHAR,
    grade_en         VARCHAR,
    pass             BOOLEAN,
    grade_basis      VARCHAR,             -- tools | total_only (tool scores unknown: only what the total decides)
    iit              DOUBLE,              -- tool scores as shown; NULL when not known
    eit              DOUBLE,
    oit              DOUBLE,
    source_file      VARCHAR,             -- where the published total was read
    source_line      BIGINT,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE run_note (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,        -- mismatch (warning) | rounding | incomplete
    level        VARCHAR NOT NULL,        -- indicator | tool | total
    key          VARCHAR NOT NULL,        -- indicator number, tool code or 'total'
    published    DOUBLE,
    computed     DOUBLE,
    message_th   VARCHAR NOT NULL,
    message_en   VARCHAR NOT NULL
);

CREATE TABLE peer_stats (
    fiscal_year  INTEGER NOT NULL,
    peer_group   VARCHAR NOT NULL,        -- national | type | province | region
    group_key    VARCHAR NOT NULL,        -- 'all', an agency_type_code, a Thai province name, a region
    level        VARCHAR NOT NULL,        -- total | tool | indicator | question
    key          VARCHAR NOT NULL,        -- 'total', tool code, indicator number, item code
    n            BIGINT  NOT NULL,
    mean         DOUBLE  NOT NULL,
    p10          DOUBLE  NOT NULL,
    p25          DOUBLE  NOT NULL,
    p50          DOUBLE  NOT NULL,
    p75          DOUBLE  NOT NULL,
    p90          DOUBLE  NOT NULL
);

CREATE TABLE peer_rank (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    peer_group   VARCHAR NOT NULL,
    group_key    VARCHAR NOT NULL,
    level        VARCHAR NOT NULL,        -- total | tool
    key          VARCHAR NOT NULL,
    score        DOUBLE  NOT NULL,
    rank         INTEGER NOT NULL,        -- 1 = highest score; ties share a rank
    n            BIGINT  NOT NULL,
    percentile   DOUBLE  NOT NULL         -- share of the group scoring lower, 0–100
);

CREATE TABLE weak_item (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    level        VARCHAR NOT NULL,        -- item | indicator (indicator only where no item scores exist)
    key          VARCHAR NOT NULL,        -- item code or indicator number
    tool         VARCHAR NOT NULL,
    indicator    INTEGER NOT NULL,
    score        DOUBLE  NOT NULL,
    peer_median  DOUBLE,
    gap          DOUBLE  NOT NULL,
    reasons      VARCHAR NOT NULL,        -- comma list: below_threshold, below_peers, below_indicator_mean, weak_indicator, not_disclosed
    years_weak   INTEGER NOT NULL,
    severity     VARCHAR NOT NULL,        -- urgent | improve | watch
    reason_th    VARCHAR NOT NULL,
    reason_en    VARCHAR NOT NULL
);

CREATE TABLE measure (
    measure_id        VARCHAR NOT NULL PRIMARY KEY,
    theme_id          VARCHAR NOT NULL,
    theme_number      INTEGER NOT NULL,
    theme_th          VARCHAR NOT NULL,
    theme_en          VARCHAR NOT NULL,
    title_th          VARCHAR NOT NULL,
    title_en          VARCHAR NOT NULL,
    how_th            VARCHAR NOT NULL,
    how_en            VARCHAR NOT NULL,
    questions         VARCHAR NOT NULL,   -- comma list of FY2566 codes
    oit_topics        VARCHAR NOT NULL,   -- comma list of OIT topic ids (measures.json oit_topics); codes per year in measure_oit
    responsible_th    VARCHAR NOT NULL,
    responsible_en    VARCHAR NOT NULL
);

-- The OIT items each measure cites in each catalog year: the year's items under the measure's topics.
-- A year with no item under a topic has no row for it: a measure never cites another year's code.
CREATE TABLE measure_oit (
    measure_id   VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    position     INTEGER NOT NULL,        -- citing order: the measure's topic order, then the year's item order
    code         VARCHAR NOT NULL,        -- that year's code
    topic        VARCHAR NOT NULL,
    title_th     VARCHAR NOT NULL,        -- that year's title
    title_en     VARCHAR,
    PRIMARY KEY (measure_id, fiscal_year, code)
);

CREATE TABLE recommendation (
    agency_id      VARCHAR NOT NULL,
    fiscal_year    INTEGER NOT NULL,
    rank           INTEGER NOT NULL,
    measure_id     VARCHAR NOT NULL,      -- a measure, or OIT-oN for an undisclosed item no measure cites
    theme_th       VARCHAR NOT NULL,
    theme_en       VARCHAR NOT NULL,
    title_th       VARCHAR NOT NULL,
    title_en       VARCHAR NOT NULL,
    expected_gain  DOUBLE  NOT NULL,      -- points of the total, Σ recommendation_item.gain
    questions      VARCHAR NOT NULL,      -- the weak questions it addresses (comma list)
    oit_refs       VARCHAR NOT NULL,      -- the year's OIT codes the measure cites (comma list; see measure_oit)
    rationale_th   VARCHAR NOT NULL,
    rationale_en   VARCHAR NOT NULL
);

CREATE TABLE recommendation_item (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    measure_id   VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    score        DOUBLE  NOT NULL,
    target       DOUBLE  NOT NULL,
    share        DOUBLE  NOT NULL,        -- tool weight ÷ indicators in tool ÷ items in indicator (by weight)
    gain         DOUBLE  NOT NULL         -- share × (target − score)
);

CREATE TABLE trend (
    agency_id       VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,     -- total | tool | indicator | question
    key             VARCHAR NOT NULL,
    first_year      INTEGER NOT NULL,     -- first year of the latest comparable run
    last_year       INTEGER NOT NULL,
    years           INTEGER NOT NULL,
    first_score     DOUBLE  NOT NULL,
    last_score      DOUBLE  NOT NULL,
    delta_yoy       DOUBLE,               -- last − the year before, NULL when that year is not comparable or missing
    slope           DOUBLE,               -- least squares, points a year
    direction       VARCHAR NOT NULL,     -- improving (≥ +1/yr) | stable | declining (≤ −1/yr)
    method_changed  BOOLEAN NOT NULL      -- earlier years exist but were cut by a method change
);

CREATE TABLE weak_share (
    fiscal_year  INTEGER NOT NULL,
    peer_group   VARCHAR NOT NULL,
    group_key    VARCHAR NOT NULL,
    key          VARCHAR NOT NULL,        -- item code
    n_weak       BIGINT  NOT NULL,        -- agencies of the group weak on it
    n_agencies   BIGINT  NOT NULL,        -- agencies of the group scored on it
    share        DOUBLE  NOT NULL         -- n_weak / n_agencies, percent
);

-- Self-assessment (./ita survey, schema version 4): an agency's own IIT/EIT survey turned into
-- projected scores. Aggregates only, never a respondent's answer; kept apart from the official tables
-- and labelled "self-assessment" wherever shown. A new survey of an agency-year-tool replaces its rows.

CREATE TABLE self_assessment_tool (
    agency_id        VARCHAR   NOT NULL,
    fiscal_year      INTEGER   NOT NULL,
    tool             VARCHAR   NOT NULL,  -- IIT | EIT
    score            DOUBLE,              -- projected tool score, 2 decimals; NULL when a question is missing or hidden
    ci_low           DOUBLE,              -- 90 % bootstrap interval over respondents
    ci_high          DOUBLE,
    respondents      INTEGER   NOT NULL,  -- respondents who answered at least one question
    min_respondents  INTEGER,             -- NACC minimum for the agency's group (catalog data)
    below_minimum    BOOLEAN   NOT NULL,
    replicates       INTEGER   NOT NULL,
    seed             BIGINT    NOT NULL,
    coding_assumed   BOOLEAN   NOT NULL,  -- the answer coding is not confirmed by the NACC
    source_name      VARCHAR   NOT NULL,  -- the survey file's name (no path)
    rows_rejected    BIGINT    NOT NULL,
    surveyed_at      TIMESTAMP NOT NULL,  -- UTC, when ./ita survey ran
    warnings_th      VARCHAR   NOT NULL,
    warnings_en      VARCHAR   NOT NULL
);

CREATE TABLE self_assessment_indicator (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    tool         VARCHAR NOT NULL,
    indicator    INTEGER NOT NULL,
    score        DOUBLE,                  -- NULL when one of its questions has no (shown) score
    ci_low       DOUBLE,
    ci_high      DOUBLE
);

CREATE TABLE self_assessment_question (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    tool         VARCHAR NOT NULL,
    indicator    INTEGER NOT NULL,
    question     VARCHAR NOT NULL,
    score        DOUBLE,                  -- mean over the respondents who answered it, 2 decimals; NULL below the privacy floor
    respondents  INTEGER NOT NULL,
    ci_low       DOUBLE,
    ci_high      DOUBLE,
    sub_items    INTEGER NOT NULL         -- sub-item columns averaged per respondent (0 = asked whole)
);

CREATE TABLE self_assessment_total (
    agency_id      VARCHAR NOT NULL,
    fiscal_year    INTEGER NOT NULL,
    total          DOUBLE,                -- projected total; NULL when a tool has neither a self nor an official score
    grade          VARCHAR,
    grade_th       VARCHAR,
    grade_en       VARCHAR,
    pass           BOOLEAN,
    iit            DOUBLE,
    iit_basis      VARCHAR,               -- self | official | given
    eit            DOUBLE,
    eit_basis      VARCHAR,
    oit            DOUBLE,
    oit_basis      VARCHAR,
    official_year  INTEGER                -- the year official figures were taken from
);

CREATE TABLE self_assessment_weak_item (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    level        VARCHAR NOT NULL,
    key          VARCHAR NOT NULL,
    tool         VARCHAR NOT NULL,
    indicator    INTEGER NOT NULL,
    score        DOUBLE  NOT NULL,
    peer_median  DOUBLE,
    gap          DOUBLE  NOT NULL,
    reasons      VARCHAR NOT NULL,
    years_weak   INTEGER NOT NULL,
    severity     VARCHAR NOT NULL,
    reason_th    VARCHAR NOT NULL,
    reason_en    VARCHAR NOT NULL
);

CREATE TABLE self_assessment_recommendation (
    agency_id      VARCHAR NOT NULL,
    fiscal_year    INTEGER NOT NULL,
    rank           INTEGER NOT NULL,
    measure_id     VARCHAR NOT NULL,
    theme_th       VARCHAR NOT NULL,
    theme_en       VARCHAR NOT NULL,
    title_th       VARCHAR NOT NULL,
    title_en       VARCHAR NOT NULL,
    expected_gain  DOUBLE  NOT NULL,
    questions      VARCHAR NOT NULL,
    oit_refs       VARCHAR NOT NULL,
    rationale_th   VARCHAR NOT NULL,
    rationale_en   VARCHAR NOT NULL
);

CREATE TABLE self_assessment_recommendation_item (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    measure_id   VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    score        DOUBLE  NOT NULL,
    target       DOUBLE  NOT NULL,
    share        DOUBLE  NOT NULL,
    gain         DOUBLE  NOT NULL
);
