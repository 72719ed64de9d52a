package th.ita.insight.dashboard.agency;

/**
 * An agency with its most recent total (null fields when it has none yet).
 *
 * @param origin         published (as the source printed it) or computed (from complete components)
 * @param grade          the official level from that year's bands; null where the year has none
 * @param publishedLabel the level as the source printed it, if any
 * @param iit            tool scores as shown, which explain the level; null when not known
 */
public record AgencyLatest(String agencyId, String nameTh, String agencyType, String province, Integer fiscalYear,
                           Double total, String origin, String grade, String gradeTh, String gradeEn,
                           String publishedLabel, Double iit, Double eit, Double oit) {
}
