package th.ita.insight.ingest.validate;

/**
 * One validated figure in canonical form, kept at the level it was published at: an item score, an
 * indicator, a tool score or a total. Nothing is turned into a finer level.
 *
 * @param tool           null for a total
 * @param indicator      null for a tool score or a total
 * @param question       item code, null above item level
 * @param publishedLabel the printed level of a total (AA, ผ่าน, สูงมาก …), else null
 */
public record CanonicalScore(String agencyId, String agencyName, String agencyType, String agencyTypeCode,
                             String province, int fiscalYear, String tool, Integer indicator, String question,
                             Level level, double score, String publishedLabel, String sourceFile, long sourceLine) {

    /** The level a figure was published at. */
    public enum Level { QUESTION, INDICATOR, TOOL, TOTAL }
}
