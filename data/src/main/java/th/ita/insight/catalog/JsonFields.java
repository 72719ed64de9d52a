package th.ita.insight.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import th.ita.insight.catalog.CatalogParts.At;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads typed fields of a catalog file by JSON path. A missing or ill-typed field becomes a problem and a
 * null value instead of an exception, so reading goes on and one check reports every such field.
 */
final class JsonFields {
    private final Problems problems;

    JsonFields(Problems problems) {
        this.problems = problems;
    }

    /** The objects of an array field, each with its path ({@code $.questions[3]}); an absent optional array is empty. */
    List<At<JsonNode>> objects(JsonNode node, String path, String field, boolean required) {
        List<At<JsonNode>> out = new ArrayList<>();
        for (At<JsonNode> element : array(node, path, field, required)) {
            if (element.value().isObject()) {
                out.add(element);
            } else {
                problems.add(element.path(), "ต้องเป็นออบเจกต์ในวงเล็บ { } ไม่ใช่ " + shown(element.value()),
                        "must be an object in { }, not " + shown(element.value()));
            }
        }
        return out;
    }

    List<At<JsonNode>> array(JsonNode node, String path, String field, boolean required) {
        JsonNode value = present(node, path, field, required);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(path + "." + field, "ต้องเป็นรายการในวงเล็บ [ ] ไม่ใช่ " + shown(value),
                    "must be a list in [ ], not " + shown(value));
            return List.of();
        }
        List<At<JsonNode>> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new At<>(path + "." + field + "[" + i + "]", value.get(i)));
        }
        return out;
    }

    /** Required text, not blank. */
    String text(JsonNode node, String path, String field) {
        if (present(node, path, field, true) == null) {
            return null;
        }
        String text = optionalText(node, path, field);
        if (text != null && text.isBlank()) {
            problems.add(path + "." + field, "ต้องไม่เป็นข้อความว่าง", "must not be empty");
            return null;
        }
        return text;
    }

    String optionalText(JsonNode node, String path, String field) {
        JsonNode value = present(node, path, field, false);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field, "ต้องเป็นข้อความในเครื่องหมายคำพูด \" \" ไม่ใช่ " + shown(value),
                    "must be text in quotes \" \", not " + shown(value));
            return null;
        }
        return value.asText();
    }

    /** An item code, trimmed and lower-cased as every reader of codes expects ("I12 " → "i12"). */
    String code(JsonNode node, String path, String field, boolean required) {
        String text = required ? text(node, path, field) : optionalText(node, path, field);
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    Integer integer(JsonNode node, String path, String field, boolean required) {
        JsonNode value = present(node, path, field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(path + "." + field, "ต้องเป็นจำนวนเต็ม ไม่ใช่ " + shown(value),
                    "must be a whole number, not " + shown(value));
            return null;
        }
        return value.intValue();
    }

    Double number(JsonNode node, String path, String field, boolean required) {
        JsonNode value = present(node, path, field, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(path + "." + field, "ต้องเป็นตัวเลข (ไม่มีเครื่องหมายคำพูด) ไม่ใช่ " + shown(value),
                    "must be a number (no quotes), not " + shown(value));
            return null;
        }
        return value.doubleValue();
    }

    boolean bool(JsonNode node, String path, String field, boolean otherwise) {
        JsonNode value = present(node, path, field, false);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            problems.add(path + "." + field, "ต้องเป็น true หรือ false ไม่ใช่ " + shown(value),
                    "must be true or false, not " + shown(value));
            return otherwise;
        }
        return value.booleanValue();
    }

    /** One of the allowed constants, written in lower case in the file ("graded4", "total_only"). */
    <E extends Enum<E>> E choice(JsonNode node, String path, String field, List<E> allowed, E otherwise) {
        String text = otherwise == null ? text(node, path, field) : optionalText(node, path, field);
        if (text == null) {
            return otherwise;
        }
        for (E e : allowed) {
            if (e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        String names = allowed.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        problems.add(path + "." + field, "ต้องเป็นค่าใดค่าหนึ่งใน " + names + " ไม่ใช่ '" + text + "'",
                "must be one of " + names + ", not '" + text + "'");
        return otherwise;
    }

    /** A tool named by its code (IIT, EIT, OIT), in any case. */
    Tool tool(JsonNode node, String path, String field) {
        String text = text(node, path, field);
        if (text == null) {
            return null;
        }
        Tool tool = Tool.parse(text).orElse(null);
        if (tool == null) {
            problems.add(path + "." + field, "ไม่รู้จักเครื่องมือ '" + text + "' (ใช้ IIT, EIT หรือ OIT)",
                    "unknown tool '" + text + "' (IIT, EIT or OIT)");
        }
        return tool;
    }

    void problem(String path, String th, String en) {
        problems.add(path, th, en);
    }

    void missing(String path) {
        problems.add(path, "ไม่มีช่องนี้ (หรือเป็น null) ซึ่งต้องมี", "required field is missing (or null)");
    }

    /** The field's value; null when absent or JSON null, which is a problem only when the field is required. */
    private JsonNode present(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                missing(path + "." + field);
            }
            return null;
        }
        return value;
    }

    private static String shown(JsonNode value) {
        String s = value.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
