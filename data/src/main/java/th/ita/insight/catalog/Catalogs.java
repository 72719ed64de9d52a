package th.ita.insight.catalog;

import th.ita.insight.text.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every fiscal year's catalog, loaded once from the classpath ({@code catalog/fyNNNN.json}) and
 * cross-checked: a code marked comparable must exist in the previous year's catalog, and only one item
 * of a year may be comparable to it (a merge or split is not "the same requirement").
 */
public final class Catalogs implements Serializable {
    /** Years probed on the classpath: a new fiscal year is a new file, no code change. */
    private static final int FIRST_YEAR = 2550;
    private static final int LAST_YEAR = 2650;
    private static volatile Catalogs bundled;

    private final transient Map<Integer, YearCatalog> byYear;

    private Catalogs(Map<Integer, YearCatalog> byYear) {
        this.byYear = Collections.unmodifiableMap(new TreeMap<>(byYear));
    }

    /** The catalogs shipped with the product; loaded and validated on first use. */
    public static Catalogs bundled() {
        Catalogs result = bundled;
        if (result == null) {
            synchronized (Catalogs.class) {
                result = bundled;
                if (result == null) {
                    result = loadFromClasspath();
                    bundled = result;
                }
            }
        }
        return result;
    }

    public static Catalogs of(List<YearCatalog> catalogs) {
        Map<Integer, YearCatalog> map = new TreeMap<>();
        catalogs.forEach(c -> map.put(c.fiscalYear(), c));
        List<CatalogProblem> problems = CrossYearCheck.problems(map, c -> true);
        if (!problems.isEmpty()) {
            throw new CatalogException("catalogs disagree across years:\n  - " + problems.stream()
                    .map(p -> p.line(Language.EN)).collect(Collectors.joining("\n  - ")));
        }
        return new Catalogs(map);
    }

    /** Where a year's bundled file sits on the classpath. */
    static String resourceName(int year) {
        return "catalog/fy" + year + ".json";
    }

    private static Catalogs loadFromClasspath() {
        List<YearCatalog> loaded = new ArrayList<>();
        ClassLoader loader = Catalogs.class.getClassLoader();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String name = resourceName(year);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    YearCatalog catalog = CatalogLoader.load(name, in);
                    if (catalog.fiscalYear() != year) {
                        throw new CatalogException("catalog " + name + " says fiscal_year " + catalog.fiscalYear());
                    }
                    loaded.add(catalog);
                }
            } catch (IOException e) {
                throw new CatalogException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        if (loaded.isEmpty()) {
            throw new CatalogException("no catalog/fyNNNN.json found on the classpath");
        }
        return of(loaded);
    }

    public Optional<YearCatalog> forYear(int fiscalYear) {
        return Optional.ofNullable(byYear.get(fiscalYear));
    }

    public List<Integer> years() {
        return List.copyOf(byYear.keySet());
    }

    public List<YearCatalog> all() {
        return List.copyOf(byYear.values());
    }

    /** A short fingerprint of which years and statuses were in force, recorded in run_info. */
    public String version() {
        StringBuilder sb = new StringBuilder();
        byYear.values().forEach(c -> sb.append(sb.length() == 0 ? "" : ",")
                .append(c.fiscalYear()).append(c.status().startsWith("conf") ? "" : "p"));
        return sb.toString();
    }

    private Object readResolve() {
        return bundled();
    }
}
