package th.ita.insight.ingest.validate;

import th.ita.insight.agency.AgencyIds;
import th.ita.insight.agency.AgencyType;
import th.ita.insight.agency.Province;
import th.ita.insight.agency.ProvinceRegistry;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.ingest.read.RawRow;
import th.ita.insight.text.FiscalYears;
import th.ita.insight.text.Parsed;

import java.util.List;
import java.util.Optional;

/**
 * Reads the columns every row shares — agency, type, province, fiscal year — into the agency-year the
 * row is about, or a reject naming the column that is wrong.
 */
final class SubjectReader {
    private final String file;
    private final Layout layout;
    private final Catalogs catalogs;
    private final ProvinceRegistry provinces;

    SubjectReader(String file, Layout layout, Catalogs catalogs, ProvinceRegistry provinces) {
        this.file = file;
        this.layout = layout;
        this.catalogs = catalogs;
        this.provinces = provinces;
    }

    /** @return null when the row was rejected (the reject is added) */
    Subject read(RawRow row, List<Reject> rejects) {
        String id = blankToNull(cell(row, Field.AGENCY_ID));
        String name = blankToNull(cell(row, Field.AGENCY_NAME));
        if (id == null && name == null) {
            rejects.add(Reject.of(file, row.line(), Field.AGENCY_NAME.columnName(), "", RejectReason.MISSING_AGENCY));
            return null;
        }
        String typeText = blankToNull(cell(row, Field.AGENCY_TYPE));
        AgencyType type = null;
        if (typeText != null) {
            type = AgencyType.parse(typeText).orElse(null);
            if (type == null) {
                rejects.add(Reject.of(file, row.line(), Field.AGENCY_TYPE.columnName(), typeText,
                        RejectReason.UNKNOWN_AGENCY_TYPE, "'" + typeText + "' (ดูรายการใน docs/input-formats.md)",
                        "'" + typeText + "' (see the list in docs/input-formats.md)"));
                return null;
            }
        }
        String provinceText = blankToNull(cell(row, Field.PROVINCE));
        Province province = null;
        if (provinceText != null) {
            province = provinces.find(provinceText).orElse(null);
            if (province == null) {
                rejects.add(Reject.of(file, row.line(), Field.PROVINCE.columnName(), provinceText,
                        RejectReason.UNKNOWN_PROVINCE));
                return null;
            }
        }
        String yearText = cell(row, Field.FISCAL_YEAR);
        Parsed<Integer> year = FiscalYears.parse(yearText);
        if (!year.isOk()) {
            rejects.add(Reject.of(file, row.line(), Field.FISCAL_YEAR.columnName(), nullToEmpty(yearText),
                    RejectReason.BAD_YEAR, year.problem().th(), year.problem().en()));
            return null;
        }
        Optional<YearCatalog> catalog = catalogs.forYear(year.value());
        if (catalog.isEmpty()) {
            rejects.add(Reject.of(file, row.line(), Field.FISCAL_YEAR.columnName(), yearText,
                    RejectReason.NO_CATALOG_FOR_YEAR, "มีเกณฑ์ปี " + catalogs.years(),
                    "catalogs exist for " + catalogs.years()));
            return null;
        }
        String agencyId = id != null ? id : AgencyIds.derive(type, name, province);
        return new Subject(agencyId, name != null ? name : id, type, province, catalog.get());
    }

    private String cell(RawRow row, Field field) {
        return layout.column(field).map(row::cell).orElse(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
