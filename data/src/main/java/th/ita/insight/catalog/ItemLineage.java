package th.ita.insight.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which codes of which years are one item: the chains the catalogs' {@code comparable_to} links make
 * (FY2566 i10 is FY2565 i9; FY2566 o12 is no earlier o12). The one place that follows an item across
 * years, for the batch's trends and the dashboard's rows alike; pure, so the dashboard builds it from
 * the published {@code catalog_question} rows and the batch from the loaded catalogs.
 */
public final class ItemLineage {
    /** One catalog entry: in {@code year}, {@code code} asks what {@code comparableTo} asked in {@code fromYear}. */
    public record Link(int year, String code, Integer fromYear, String comparableTo) {
    }

    /** One year of an item: the code it had that year. */
    public record Step(int year, String code) {
    }

    /** One item through the years it was asked, oldest first; all its steps are the same requirement. */
    public record Item(List<Step> steps) {
        public Item {
            steps = List.copyOf(steps);
        }

        public Step first() {
            return steps.get(0);
        }

        public Step last() {
            return steps.get(steps.size() - 1);
        }

        /** Stable across pages and selected years: the newest code and its year, e.g. "o12@2568". */
        public String id() {
            return last().code() + "@" + last().year();
        }

        public Optional<String> codeIn(int year) {
            return steps.stream().filter(s -> s.year() == year).map(Step::code).findFirst();
        }
    }

    private final Map<String, Link> byYearCode = new HashMap<>();
    private final Map<String, Link> successor = new HashMap<>();

    /**
     * @param links every item of every year; a code claimed as predecessor by two items of one year
     *              (a split, which {@link Catalogs} refuses) links to neither, so no item ever holds two
     */
    public ItemLineage(Collection<Link> links) {
        Set<String> claimedTwice = new HashSet<>();
        for (Link link : links) {
            byYearCode.put(key(link.year(), link.code()), link);
            if (link.comparableTo() != null && successor.put(predecessorKey(link), link) != null) {
                claimedTwice.add(predecessorKey(link));
            }
        }
        claimedTwice.forEach(successor::remove);
        for (Link link : links) {
            if (link.comparableTo() != null && claimedTwice.contains(predecessorKey(link))) {
                byYearCode.put(key(link.year(), link.code()), new Link(link.year(), link.code(), null, null));
            }
        }
    }

    public static ItemLineage of(Catalogs catalogs) {
        List<Link> links = new ArrayList<>();
        for (YearCatalog year : catalogs.all()) {
            for (CatalogItem item : year.items()) {
                links.add(new Link(year.fiscalYear(), item.code(), year.previousYear(), item.comparableTo()));
            }
        }
        return new ItemLineage(links);
    }

    /** The step the item had the year before, or empty where it starts (new, changed, or an unknown code). */
    public Optional<Step> predecessor(int year, String code) {
        Link link = byYearCode.get(key(year, code));
        if (link == null || link.comparableTo() == null) {
            return Optional.empty();
        }
        return Optional.of(new Step(fromYear(link), link.comparableTo()));
    }

    /** The whole item that {@code code} is in {@code year}, both ways; empty when that year has no such code. */
    public Optional<Item> item(int year, String code) {
        Link start = byYearCode.get(key(year, code));
        if (start == null) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (Link l = start; l != null; l = l.comparableTo() == null ? null : byYearCode.get(key(fromYear(l), l.comparableTo()))) {
            steps.add(0, new Step(l.year(), l.code()));
        }
        for (Link l = successor.get(key(year, code)); l != null; l = successor.get(key(l.year(), l.code()))) {
            steps.add(new Step(l.year(), l.code()));
        }
        return Optional.of(new Item(steps));
    }

    private static int fromYear(Link link) {
        // comparable_to points into the previous catalog year; the files say which, consecutive years otherwise
        return link.fromYear() != null ? link.fromYear() : link.year() - 1;
    }

    private static String predecessorKey(Link link) {
        return key(fromYear(link), link.comparableTo());
    }

    private static String key(int year, String code) {
        return year + "/" + code;
    }
}
