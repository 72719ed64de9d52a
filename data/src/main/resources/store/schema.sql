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
    fiscal_year    INTEGER NOT NULL PRIMARY KEY,
    previous_year  INTEGER,
    status         VARCHAR NOT NULL,      -- confirmed | provisional
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
    source_line  BIGINT  NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, question)
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
    PRIMARY KEY (agency_id, fiscal_year, indicator)
);

CREATE TABLE score_tool (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    tool         VARCHAR NOT NULL,
    score        DOUBLE  NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, tool)
);

CREATE TABLE score_total (
    agency_id    VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    total        DOUBLE  NOT NULL,
    grade        VARCHAR NOT NULL,        -- band code of that year: AA … F, or EXCELLENT/GOOD/PASS/IMPROVE/URGENT
    grade_th     VARCHAR NOT NULL,
    grade_en     VARCHAR NOT NULL,
    pass         BOOLEAN NOT NULL,
    iit          DOUBLE  NOT NULL,
    eit          DOUBLE  NOT NULL,
    oit          DOUBLE  NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
