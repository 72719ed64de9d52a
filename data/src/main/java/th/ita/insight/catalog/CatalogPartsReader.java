package th.ita.insight.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import th.ita.insight.catalog.CatalogParts.At;
import th.ita.insight.catalog.CatalogParts.ToolPart;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tools, indicators, items and grade bands of a catalog file into {@link CatalogParts} with their
 * JSON paths. A part whose identity (code, tool, number, indicator, bounds) cannot be read is left out, so
 * the validator does not report the same broken field a second time in other words.
 */
final class CatalogPartsReader {
    private static final List<CatalogItem.Scale> QUESTION_SCALES =
            List.of(CatalogItem.Scale.GRADED4, CatalogItem.Scale.YES_NO);

    private CatalogPartsReader() {
    }

    static List<At<ToolPart>> tools(JsonNode root, JsonFields f) {
        List<At<ToolPart>> tools = new ArrayList<>();
        for (At<JsonNode> t : f.objects(root, "$", "tools", true)) {
            Tool tool = f.tool(t.value(), t.path(), "code");
            Double weight = f.number(t.value(), t.path(), "weight", true);
            List<At<Integer>> numbers = new ArrayList<>();
            for (At<JsonNode> n : f.array(t.value(), t.path(), "indicators", true)) {
                if (n.value().isIntegralNumber() && n.value().canConvertToInt()) {
                    numbers.add(new At<>(n.path(), n.value().intValue()));
                } else {
                    f.problem(n.path(), "ต้องเป็นเลขตัวชี้วัด (จำนวนเต็ม)",
                            "must be an indicator number (a whole number)");
                }
            }
            if (tool != null) {
                tools.add(new At<>(t.path(), new ToolPart(tool, weight, numbers)));
            }
        }
        return tools;
    }

    static List<At<Indicator>> indicators(JsonNode root, JsonFields f) {
        List<At<Indicator>> indicators = new ArrayList<>();
        for (At<JsonNode> i : f.objects(root, "$", "indicators", true)) {
            Integer number = f.integer(i.value(), i.path(), "number", true);
            Tool tool = f.tool(i.value(), i.path(), "tool");
            String nameTh = f.text(i.value(), i.path(), "name_th");
            String nameEn = f.text(i.value(), i.path(), "name_en");
            if (number != null && tool != null) {
                indicators.add(new At<>(i.path(), new Indicator(number, tool, nameTh, nameEn)));
            }
        }
        return indicators;
    }

    /** Questions (IIT and EIT) first, then OIT items, each in file order. */
    static List<At<CatalogItem>> items(JsonNode root, JsonFields f) {
        List<At<CatalogItem>> items = new ArrayList<>();
        for (At<JsonNode> q : f.objects(root, "$", "questions", true)) {
            JsonNode n = q.value();
            String p = q.path();
            String code = f.code(n, p, "code", true);
            Tool tool = f.tool(n, p, "tool");
            if (tool == Tool.OIT) {
                f.problem(p + ".tool", "ข้อคำถามเป็นของ IIT หรือ EIT เท่านั้น รายการ OIT ให้ใส่ใน $.oit_items",
                        "questions are IIT or EIT; OIT items go in $.oit_items");
                tool = null;
            }
            Integer indicator = f.integer(n, p, "indicator", true);
            CatalogItem item = new CatalogItem(code, tool, indicator == null ? 0 : indicator, null, null,
                    f.text(n, p, "text_th"), f.text(n, p, "text_en"),
                    f.choice(n, p, "scale", QUESTION_SCALES, null),
                    f.choice(n, p, "direction", List.of(CatalogItem.Direction.values()), null),
                    f.bool(n, p, "text_confirmed", false), f.code(n, p, "comparable_to", false),
                    weight(f, n, p), List.of());
            if (code != null && tool != null && indicator != null) {
                items.add(new At<>(p, item));
            }
        }
        for (At<JsonNode> o : f.objects(root, "$", "oit_items", false)) {
            JsonNode n = o.value();
            String p = o.path();
            String code = f.code(n, p, "code", true);
            Integer indicator = f.integer(n, p, "indicator", true);
            List<String> topics = new ArrayList<>();
            for (At<JsonNode> t : f.array(n, p, "topics", false)) {
                if (t.value().isTextual()) {
                    topics.add(t.value().asText());
                } else {
                    f.problem(t.path(), "ต้องเป็นชื่อหัวข้อในเครื่องหมายคำพูด", "must be a topic name in quotes");
                }
            }
            CatalogItem item = new CatalogItem(code, Tool.OIT, indicator == null ? 0 : indicator,
                    f.optionalText(n, p, "sub_indicator"), f.optionalText(n, p, "sub_indicator_th"),
                    f.text(n, p, "title_th"), f.optionalText(n, p, "title_en"), CatalogItem.Scale.DISCLOSURE,
                    CatalogItem.Direction.POSITIVE, f.bool(n, p, "title_confirmed", false),
                    f.code(n, p, "comparable_to", false), weight(f, n, p), topics);
            if (code != null && indicator != null) {
                items.add(new At<>(p, item));
            }
        }
        return items;
    }

    static List<At<GradeBand>> bands(JsonNode root, JsonFields f) {
        List<At<GradeBand>> bands = new ArrayList<>();
        for (At<JsonNode> b : f.objects(root, "$", "grade_bands", true)) {
            JsonNode n = b.value();
            String p = b.path();
            String code = f.text(n, p, "code");
            String labelTh = f.text(n, p, "label_th");
            String labelEn = f.text(n, p, "label_en");
            Double min = f.number(n, p, "min", true);
            Double max = f.number(n, p, "max", true);
            Double minEachTool = f.number(n, p, "min_each_tool", false);
            boolean pass = f.bool(n, p, "pass", false);
            GradeBand.Level ifToolsUnknown = null;
            JsonNode unknown = n.get("if_tools_unknown");
            if (unknown != null && !unknown.isNull() && !unknown.isObject()) {
                f.problem(p + ".if_tools_unknown", "ต้องเป็นออบเจกต์ { code, label_th, label_en } หรือ null",
                        "must be an object { code, label_th, label_en } or null");
            } else if (unknown != null && !unknown.isNull()) {
                String up = p + ".if_tools_unknown";
                ifToolsUnknown = new GradeBand.Level(f.text(unknown, up, "code"), f.text(unknown, up, "label_th"),
                        f.text(unknown, up, "label_en"));
            }
            if (min != null && max != null) {
                bands.add(new At<>(p,
                        new GradeBand(code, labelTh, labelEn, min, max, minEachTool, pass, ifToolsUnknown)));
            }
        }
        return bands;
    }

    /** Equal weights where the NACC gives none (an absent weight is 1). */
    private static double weight(JsonFields f, JsonNode node, String path) {
        Double weight = f.number(node, path, "weight", false);
        return weight == null ? 1.0 : weight;
    }
}
