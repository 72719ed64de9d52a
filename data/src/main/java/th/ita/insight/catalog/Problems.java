package th.ita.insight.catalog;

import java.util.ArrayList;
import java.util.List;

/** The problems of one catalog file, collected in the order they are found. */
final class Problems {
    private final String source;
    private final List<CatalogProblem> found = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(String path, String th, String en) {
        found.add(new CatalogProblem(source, path, th, en));
    }

    List<CatalogProblem> list() {
        return List.copyOf(found);
    }
}
