package th.ita.insight.ingest.validate;

/**
 * One validated score in canonical form. {@code question} is null for an indicator-level figure,
 * which is kept at that level and never turned into question rows.
 */
public record CanonicalScore(String agencyId, String agencyName, String agencyType, String agencyTypeCode,
                             String province, int fiscalYear, String tool, int indicator, String question,
                             double score, String sourceFile, long sourceLine) {

    public String level() {
        return question == null ? "indicator" : "question";
    }
}
