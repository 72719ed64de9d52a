package th.ita.insight.dashboard.agency;

/**
 * An agency with its most recent published total (null fields when it has no total yet).
 */
public record AgencyLatest(String agencyId, String nameTh, String agencyType, String province, Integer fiscalYear,
                           Double total, String grade, String gradeTh, String gradeEn) {
}
