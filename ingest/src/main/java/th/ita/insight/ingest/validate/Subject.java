package th.ita.insight.ingest.validate;

import th.ita.insight.agency.AgencyType;
import th.ita.insight.agency.Province;
import th.ita.insight.catalog.YearCatalog;

/** The agency-year a row is about, once its shared columns have been checked. */
record Subject(String agencyId, String name, AgencyType type, Province province, YearCatalog catalog) {
}
