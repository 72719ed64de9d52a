package th.ita.insight.dashboard.planner;

import java.util.List;

/**
 * The plans file's tables, as numbered migrations (docs/planner.md). A file is brought up to
 * {@link #VERSION} when opened; a file written by a newer version is refused rather than guessed at.
 */
final class PlanSchema {
    static final int VERSION = 1;

    /** MIGRATIONS.get(n) takes a file from version n to n + 1. Never edit a released step: add one. */
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE plans_schema (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL, description VARCHAR NOT NULL);
            CREATE SEQUENCE plan_ids START 1;
            CREATE SEQUENCE note_ids START 1;
            CREATE SEQUENCE audit_ids START 1;
            CREATE TABLE app_user (
                name VARCHAR PRIMARY KEY, password_hash VARCHAR NOT NULL, role VARCHAR NOT NULL, agency_id VARCHAR,
                provinces VARCHAR NOT NULL, agency_types VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL, created_by VARCHAR NOT NULL);
            CREATE TABLE plan_item (
                plan_id BIGINT PRIMARY KEY, agency_id VARCHAR NOT NULL, base_year INTEGER NOT NULL,
                measure_id VARCHAR, theme_th VARCHAR, theme_en VARCHAR, title VARCHAR NOT NULL,
                questions VARCHAR NOT NULL, approach VARCHAR NOT NULL, responsible VARCHAR NOT NULL, steps VARCHAR NOT NULL,
                start_date DATE, end_date DATE, target_score DOUBLE, status VARCHAR NOT NULL, outcome VARCHAR NOT NULL,
                evidence VARCHAR NOT NULL, version INTEGER NOT NULL,
                created_by VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, updated_by VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL);
            CREATE INDEX plan_item_agency ON plan_item (agency_id, base_year);
            CREATE TABLE plan_note (
                note_id BIGINT PRIMARY KEY, plan_id BIGINT NOT NULL, noted_on DATE NOT NULL, text VARCHAR NOT NULL,
                author VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL);
            CREATE TABLE audit_log (
                audit_id BIGINT PRIMARY KEY, changed_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, action VARCHAR NOT NULL,
                entity VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, agency_id VARCHAR, before_json VARCHAR, after_json VARCHAR);
            """);

    static final List<String> DESCRIPTIONS = List.of("accounts, plan items, progress notes, audit log");

    private PlanSchema() {
    }
}
