package th.ita.insight.dashboard.export;

/**
 * Neutralises text a spreadsheet would run as a formula (CSV injection): a cell beginning with
 * = + - @ tab or CR gets a leading apostrophe, which Excel and LibreOffice show as plain text.
 * Numbers are never passed through here: they are written as numbers, so a negative change stays one.
 */
final class SpreadsheetText {
    private SpreadsheetText() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
