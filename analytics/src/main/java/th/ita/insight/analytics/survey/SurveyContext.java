package th.ita.insight.analytics.survey;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.weakitems.WeakItemRules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What the published database knows about the surveyed agency: its type, its latest official tool
 * scores, its peers' question medians and 75th percentiles, last year's official weak items, and the
 * self-assessment of the other tool for the same year. Read from the copy being republished.
 */
record SurveyContext(String agencyId, String name, String agencyTypeCode, Integer officialYear,
                     Map<Tool, Double> officialTools, Map<String, Double> peerMedians, Map<String, Double> peerP75,
                     Map<String, Integer> weakBefore, Map<Tool, Double> otherSelfTools, Map<String, Double> otherSelfItems) {

    /** @return null when the agency is not in the database */
    static SurveyContext load(Connection c, String agencyId, YearCatalog year, Tool surveyed) throws SQLException {
        Map<String, Object> agency = one(c, "SELECT name_th, agency_type_code FROM agency WHERE agency_id = ?", agencyId);
        if (agency == null) {
            return null;
        }
        String type = (String) agency.get("agency_type_code");
        int fy = year.fiscalYear();
        Map<String, Object> latest = one(c, "SELECT max(fiscal_year) AS y FROM score_tool WHERE agency_id = ? "
                + "AND fiscal_year <= ?", agencyId, fy);
        Integer officialYear = latest == null || latest.get("y") == null ? null : ((Number) latest.get("y")).intValue();
        Map<Tool, Double> official = new EnumMap<>(Tool.class);
        if (officialYear != null) {
            query(c, "SELECT tool, score FROM score_tool WHERE agency_id = ? AND fiscal_year = ?", rs ->
                    Tool.parse(rs.getString(1)).ifPresent(t -> put(official, t, rs)), agencyId, officialYear);
        }
        Map<String, Double> medians = new HashMap<>();
        Map<String, Double> p75 = new HashMap<>();
        peers(c, year, type, medians, p75);
        Map<String, Integer> lastWeak = new HashMap<>();
        query(c, "SELECT key, years_weak FROM weak_item WHERE agency_id = ? AND fiscal_year = ? AND level = 'item'",
                rs -> lastWeak.put(rs.getString(1), rs.getInt(2)), agencyId, fy - 1);
        Map<String, Integer> weakBefore = year.methodBreak() ? Map.of() : WeakItemRules.carry(year, lastWeak);
        Map<Tool, Double> otherTools = new EnumMap<>(Tool.class);
        query(c, "SELECT tool, score FROM self_assessment_tool WHERE agency_id = ? AND fiscal_year = ? AND tool <> ? "
                + "AND score IS NOT NULL", rs -> Tool.parse(rs.getString(1)).ifPresent(t -> put(otherTools, t, rs)),
                agencyId, fy, surveyed.name());
        Map<String, Double> otherItems = new HashMap<>();
        query(c, "SELECT question, score FROM self_assessment_question WHERE agency_id = ? AND fiscal_year = ? "
                + "AND tool <> ? AND score IS NOT NULL", rs -> otherItems.put(rs.getString(1), rs.getDouble(2)),
                agencyId, fy, surveyed.name());
        return new SurveyContext(agencyId, (String) agency.get("name_th"), type, officialYear, official, medians, p75,
                weakBefore, otherTools, otherItems);
    }

    /**
     * The agency type's question medians of the survey year, else of the year before through the
     * catalog's comparable codes (a survey usually runs before its year's official results exist);
     * national figures where the agency has no type.
     */
    private static void peers(Connection c, YearCatalog year, String type, Map<String, Double> medians,
                              Map<String, Double> p75) throws SQLException {
        String group = type == null ? "national" : "type";
        String key = type == null ? "all" : type;
        String sql = "SELECT key, p50, p75 FROM peer_stats WHERE fiscal_year = ? AND peer_group = ? AND group_key = ? "
                + "AND level = 'question'";
        query(c, sql, rs -> {
            medians.put(rs.getString(1), rs.getDouble(2));
            p75.put(rs.getString(1), rs.getDouble(3));
        }, year.fiscalYear(), group, key);
        if (!medians.isEmpty() || year.previousYear() == null) {
            return;
        }
        Map<String, String> thisYearCode = new HashMap<>();
        for (CatalogItem item : year.items()) {
            if (item.comparableTo() != null) {
                thisYearCode.put(item.comparableTo(), item.code());
            }
        }
        query(c, sql, rs -> {
            String code = thisYearCode.get(rs.getString(1));
            if (code != null) {
                medians.put(code, rs.getDouble(2));
                p75.put(code, rs.getDouble(3));
            }
        }, year.previousYear(), group, key);
    }

    private static void put(Map<Tool, Double> map, Tool tool, ResultSet rs) {
        try {
            map.put(tool, rs.getDouble(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowReader reader, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static Map<String, Object> one(Connection c, String sql, Object... params) throws SQLException {
        Map<String, Object> out = new HashMap<>();
        boolean[] found = {false};
        query(c, sql, rs -> {
            found[0] = true;
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
        }, params);
        return found[0] ? out : null;
    }
}
