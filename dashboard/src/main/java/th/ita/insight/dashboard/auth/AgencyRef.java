package th.ita.insight.dashboard.auth;

/** What the access rules need to know of an agency: who it is and where it sits. */
public record AgencyRef(String agencyId, String provinceTh, String provinceEn, String typeCode, String typeLabel) {
    public static AgencyRef of(java.util.Map<String, Object> agencyRow) {
        return new AgencyRef((String) agencyRow.get("agency_id"), (String) agencyRow.get("province"),
                (String) agencyRow.get("province_en"), (String) agencyRow.get("agency_type_code"),
                (String) agencyRow.get("agency_type"));
    }
}
