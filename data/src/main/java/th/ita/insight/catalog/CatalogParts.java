package th.ita.insight.catalog;

import java.util.List;

/**
 * The parts of one catalog file that the validator checks, each with the JSON path it was read from, so
 * that a problem points at the field to fix ({@code $.questions[12].indicator}).
 */
record CatalogParts(Framework framework, List<At<ToolPart>> tools, List<At<Indicator>> indicators,
                    List<At<CatalogItem>> items, List<At<GradeBand>> bands) {

    /** A part and the JSON path of the object it was read from, e.g. {@code $.questions[12]}. */
    record At<T>(String path, T value) {
    }

    /** One entry of {@code tools}; the weight is null when it could not be read. */
    record ToolPart(Tool tool, Double weight, List<At<Integer>> indicators) {
    }
}
