package th.ita.insight.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks the {@code comparable_to} links between fiscal years: every code must exist in the previous
 * year's catalog, and only one item of a year may be comparable to it (a merge or split is not "the same
 * requirement", and would put two items on one row). Each problem points at the linking item in its file.
 */
final class CrossYearCheck {
    private CrossYearCheck() {
    }

    /** The problems of the catalogs {@code checked} selects, each looked up against {@code byYear}. */
    static List<CatalogProblem> problems(Map<Integer, YearCatalog> byYear, Predicate<YearCatalog> checked) {
        List<CatalogProblem> problems = new ArrayList<>();
        for (YearCatalog catalog : byYear.values()) {
            List<CatalogItem> linked = catalog.items().stream().filter(i -> i.comparableTo() != null).toList();
            if (!checked.test(catalog) || linked.isEmpty()) {
                continue;
            }
            Problems found = new Problems(catalog.source());
            YearCatalog previous = catalog.previousYear() == null ? null : byYear.get(catalog.previousYear());
            if (previous == null) {
                noPrevious(catalog, linked.size(), found);
            } else {
                checkLinks(catalog, linked, previous, found);
            }
            problems.addAll(found.list());
        }
        return problems;
    }

    private static void noPrevious(YearCatalog catalog, int linked, Problems found) {
        if (catalog.previousYear() == null) {
            found.add("$.previous_year",
                    "ไม่ได้ระบุ previous_year แต่มี " + linked + " ข้อที่ระบุ comparable_to (รหัสของปีก่อนหน้า)",
                    "no previous_year is given, but " + linked + " items have comparable_to (codes of that year)");
        } else {
            int year = catalog.previousYear();
            found.add("$.previous_year",
                    "ไม่มีเกณฑ์ปี " + year + " (ไม่มีในโปรแกรมและไม่ได้ให้ไฟล์มา) จึงตรวจ comparable_to ของ "
                            + linked + " ข้อไม่ได้",
                    "no catalog of FY" + year + " is loaded (neither bundled nor given), so the comparable_to of "
                            + linked + " items cannot be checked");
        }
    }

    private static void checkLinks(YearCatalog catalog, List<CatalogItem> linked, YearCatalog previous,
                                   Problems found) {
        Map<String, CatalogItem> claimedBy = new HashMap<>();
        for (CatalogItem item : linked) {
            String path = catalog.itemPath(item.code()) + ".comparable_to";
            String target = item.comparableTo();
            CatalogItem other = claimedBy.putIfAbsent(target, item);
            if (other != null) {
                found.add(path, "ข้อ " + other.code() + " และ " + item.code() + " ระบุ comparable_to เป็น " + target
                                + " ทั้งคู่ (" + catalog.itemPath(other.code()) + "): แถวเดียวจะมีสองข้อ "
                                + "(การรวมหรือแยกข้อไม่นับว่าเทียบได้)",
                        other.code() + " and " + item.code() + " are both comparable to " + target + " ("
                                + catalog.itemPath(other.code()) + "): one row would hold two items "
                                + "(a merge or split is not comparable)");
            }
            if (previous.item(target).isEmpty()) {
                found.add(path, "ปี " + previous.fiscalYear() + " ไม่มีข้อ " + target + " (previous_year: "
                                + previous.source() + ")",
                        "FY" + previous.fiscalYear() + " has no item " + target + " (previous_year: "
                                + previous.source() + ")");
            }
        }
    }
}
