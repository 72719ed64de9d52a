package th.ita.insight.catalog;

import th.ita.insight.text.Language;

/**
 * One broken rule of a catalog file: which file, which field (a JSON path) and why, in Thai and English,
 * so an analyst finds the field in a text editor without reading Java.
 *
 * @param source the file as the user named it, or the bundled resource ({@code catalog/fy2568.json})
 * @param path   a JSON path such as {@code $.questions[12].indicator}; null when the whole file is at fault
 */
public record CatalogProblem(String source, String path, String th, String en) {

    /** {@code fy2570.json: $.questions[12].indicator: indicator 11 is not defined in $.indicators} */
    public String line(Language language) {
        return source + ": " + (path == null ? "" : path + ": ") + language.pick(th, en);
    }
}
