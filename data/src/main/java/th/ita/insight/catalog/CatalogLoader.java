package th.ita.insight.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one fiscal year's catalog file (JSON, see docs/catalog.md) into a validated {@link YearCatalog}.
 */
public final class CatalogLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogLoader() {
    }

    /** Parses and validates; any broken invariant is reported with the file name, all at once. */
    public static YearCatalog load(String source, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new CatalogException("catalog " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogException("catalog " + source + " is empty or not a JSON object");
        }
        try {
            return build(source, root);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CatalogException("catalog " + source + ": " + e.getMessage(), e);
        }
    }

    private static YearCatalog build(String source, JsonNode root) {
        int year = required(root, "fiscal_year").asInt();
        Integer previous = root.path("previous_year").isNumber() ? root.get("previous_year").asInt() : null;
        Framework framework = Framework.valueOf(root.path("framework").asText("items").toUpperCase(Locale.ROOT));

        Map<Tool, Double> weights = new EnumMap<>(Tool.class);
        Map<Tool, List<Integer>> toolIndicators = new EnumMap<>(Tool.class);
        for (JsonNode t : required(root, "tools")) {
            Tool tool = tool(t);
            weights.put(tool, required(t, "weight").asDouble());
            List<Integer> numbers = new ArrayList<>();
            required(t, "indicators").forEach(n -> numbers.add(n.asInt()));
            toolIndicators.put(tool, numbers);
        }

        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : required(root, "indicators")) {
            indicators.add(new Indicator(required(i, "number").asInt(), tool(i), text(i, "name_th"), text(i, "name_en")));
        }

        List<CatalogItem> items = new ArrayList<>();
        for (JsonNode q : required(root, "questions")) {
            items.add(new CatalogItem(code(q), tool(q), required(q, "indicator").asInt(), null, null,
                    text(q, "text_th"), text(q, "text_en"),
                    CatalogItem.Scale.valueOf(text(q, "scale").toUpperCase(Locale.ROOT)),
                    CatalogItem.Direction.valueOf(text(q, "direction").toUpperCase(Locale.ROOT)),
                    q.path("text_confirmed").asBoolean(false), nullableText(q, "comparable_to"),
                    q.path("weight").asDouble(1.0), List.of()));
        }
        for (JsonNode o : root.path("oit_items")) {
            items.add(new CatalogItem(code(o), Tool.OIT, required(o, "indicator").asInt(),
                    nullableText(o, "sub_indicator"), nullableText(o, "sub_indicator_th"),
                    text(o, "title_th"), nullableText(o, "title_en"), CatalogItem.Scale.DISCLOSURE,
                    CatalogItem.Direction.POSITIVE, o.path("title_confirmed").asBoolean(false),
                    nullableText(o, "comparable_to"), o.path("weight").asDouble(1.0), topics(o)));
        }

        List<GradeBand> bands = new ArrayList<>();
        for (JsonNode b : required(root, "grade_bands")) {
            JsonNode unknown = b.get("if_tools_unknown");
            bands.add(new GradeBand(text(b, "code"), text(b, "label_th"), text(b, "label_en"),
                    required(b, "min").asDouble(), required(b, "max").asDouble(),
                    b.path("min_each_tool").isNumber() ? b.get("min_each_tool").asDouble() : null,
                    b.path("pass").asBoolean(false), unknown == null || unknown.isNull() ? null
                    : new GradeBand.Level(text(unknown, "code"), text(unknown, "label_th"), text(unknown, "label_en"))));
        }

        List<String> problems = framework == Framework.TOTAL_ONLY
                ? CatalogValidator.totalOnlyProblems(year, weights, indicators, items, bands)
                : CatalogValidator.problems(year, weights, toolIndicators, indicators, items, bands);
        if (!problems.isEmpty()) {
            throw new CatalogException("catalog " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
        return new YearCatalog(year, previous, framework, root.path("method_break").asBoolean(false),
                nullableText(root, "method_break_note_th"), nullableText(root, "method_break_note_en"),
                root.path("status").asText("provisional"),
                nullableText(root, "notes_th"), nullableText(root, "notes_en"), weights, indicators, items, bands);
    }

    /** Tool entries name themselves in "code"; indicators and questions point to theirs in "tool". */
    private static Tool tool(JsonNode node) {
        String text = text(node, node.has("tool") ? "tool" : "code");
        return Tool.parse(text).orElseThrow(() -> new IllegalArgumentException("unknown tool '" + text + "'"));
    }

    private static String code(JsonNode node) {
        return text(node, "code").strip().toLowerCase(Locale.ROOT);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "' in " + abbreviate(node));
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static List<String> topics(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.path("topics").forEach(t -> out.add(t.asText()));
        return out;
    }
}
