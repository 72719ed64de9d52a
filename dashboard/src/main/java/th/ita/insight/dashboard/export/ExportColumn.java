package th.ita.insight.dashboard.export;

import th.ita.insight.text.Language;

/**
 * One column of an exported table: its header in both languages, the query column it reads for each
 * language, and whether it is text or a number (numbers are written as numbers, never as text).
 */
record ExportColumn(String headerTh, String headerEn, String sourceTh, String sourceEn, Kind kind, int width) {
    enum Kind { TEXT, INTEGER, SCORE }

    static ExportColumn text(String headerTh, String headerEn, String source, int width) {
        return new ExportColumn(headerTh, headerEn, source, source, Kind.TEXT, width);
    }

    /** Text whose query column differs by language ({@code text_th} / {@code text_en}). */
    static ExportColumn text(String headerTh, String headerEn, String sourceTh, String sourceEn, int width) {
        return new ExportColumn(headerTh, headerEn, sourceTh, sourceEn, Kind.TEXT, width);
    }

    static ExportColumn integer(String headerTh, String headerEn, String source) {
        return new ExportColumn(headerTh, headerEn, source, source, Kind.INTEGER, 10);
    }

    static ExportColumn score(String headerTh, String headerEn, String source) {
        return new ExportColumn(headerTh, headerEn, source, source, Kind.SCORE, 10);
    }

    String header(Language lang) {
        return lang.pick(headerTh, headerEn);
    }

    String source(Language lang) {
        return lang.pick(sourceTh, sourceEn);
    }
}
