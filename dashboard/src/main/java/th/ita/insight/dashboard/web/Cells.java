package th.ita.insight.dashboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Locale;

/** How the pages write values: scores with two decimals, missing values as a dash, chart data as JSON. */
public final class Cells {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cells() {
    }

    public static String num(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }

    public static String str(Object v) {
        return v == null ? "" : v.toString();
    }

    /** Data for a chart, to be placed (escaped) in a data- attribute: the page's scripts read it, no inline JS. */
    public static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Links to the other years, keeping the language and the page's other filters ({@code extraQuery}, escaped). */
    public static void yearPicker(StringBuilder h, List<Integer> years, int year, Language lang, String extraQuery) {
        h.append("<nav class=\"years\" aria-label=\"").append(lang.pick("ปีงบประมาณ", "Fiscal year")).append("\">");
        for (int y : years) {
            h.append(y == year ? "<strong aria-current=\"page\">" + y + "</strong> "
                    : "<a href=\"?year=" + y + extraQuery + "&amp;lang=" + Layout.code(lang) + "\">" + y + "</a> ");
        }
        h.append("</nav>");
    }
}
