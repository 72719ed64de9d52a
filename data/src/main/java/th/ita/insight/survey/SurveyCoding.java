package th.ita.insight.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.insight.catalog.CatalogException;
import th.ita.insight.catalog.Tool;
import th.ita.insight.text.ThaiNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one fiscal year turns survey answers into points, read from the {@code survey} block of the
 * year's catalog file: the 4-step and yes/no labels and numbers, their points, the privacy floor and
 * the NACC minimum respondents. Data, not code, because the NACC has not confirmed the coding
 * ({@link #assumed()}): a confirmed rule is an edit of {@code catalog/fyNNNN.json}.
 *
 * @param graded4Points points of steps 1–4 (น้อยที่สุดหรือไม่มีเลย … มากที่สุด) for a positive question
 * @param graded4       normalised label or number → step 1–4
 * @param yesNo         normalised label or number → true for yes
 * @param privacyFloor  aggregates over fewer respondents are never stored or shown
 */
public record SurveyCoding(int fiscalYear, boolean assumed, String noteTh, String noteEn, double[] graded4Points,
                           Map<String, Integer> graded4, double yesPoints, double noPoints, Map<String, Boolean> yesNo,
                           int privacyFloor, Map<Tool, Map<String, Integer>> minRespondents, String minNoteTh,
                           String minNoteEn) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("\\d+\\.0+");

    /** The bundled catalog's coding of a year, or empty when the year has none (total-only years). */
    public static Optional<SurveyCoding> forYear(int fiscalYear) {
        String name = "catalog/fy" + fiscalYear + ".json";
        try (InputStream in = SurveyCoding.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode survey = JSON.readTree(in).get("survey");
            return survey == null || survey.isNull() ? Optional.empty() : Optional.of(parse(fiscalYear, survey));
        } catch (IOException | RuntimeException e) {
            throw new CatalogException("catalog " + name + ": bad 'survey' block: " + e.getMessage(), e);
        }
    }

    static SurveyCoding parse(int year, JsonNode s) {
        JsonNode g = s.get("graded4");
        double[] points = new double[4];
        for (int i = 0; i < 4; i++) {
            points[i] = g.get("points").get(i).asDouble();
        }
        Map<String, Integer> graded = new HashMap<>();
        g.get("labels").fields().forEachRemaining(e -> graded.put(normalise(e.getKey()), step(e.getValue().asInt())));
        g.get("numbers").fields().forEachRemaining(e -> graded.put(normalise(e.getKey()), step(e.getValue().asInt())));
        JsonNode y = s.get("yes_no");
        Map<String, Boolean> yesNo = new HashMap<>();
        y.get("labels").fields().forEachRemaining(e -> yesNo.put(normalise(e.getKey()), yes(e.getValue().asText())));
        y.get("numbers").fields().forEachRemaining(e -> yesNo.put(normalise(e.getKey()), yes(e.getValue().asText())));
        Map<Tool, Map<String, Integer>> minimum = new EnumMap<>(Tool.class);
        JsonNode min = s.get("min_respondents");
        for (Tool tool : new Tool[]{Tool.IIT, Tool.EIT}) {
            Map<String, Integer> byType = new HashMap<>();
            min.path(tool.name()).fields().forEachRemaining(e -> byType.put(e.getKey(), e.getValue().asInt()));
            minimum.put(tool, Map.copyOf(byType));
        }
        return new SurveyCoding(year, s.path("assumed").asBoolean(true), s.path("note_th").asText(""),
                s.path("note_en").asText(""), points, Map.copyOf(graded), y.get("points").get("yes").asDouble(),
                y.get("points").get("no").asDouble(), Map.copyOf(yesNo), s.get("privacy_min_respondents").asInt(),
                minimum, min.path("note_th").asText(""), min.path("note_en").asText(""));
    }

    /** The NACC minimum for the tool and agency type ({@code agency_type_code}), else the tool's default. */
    public Optional<Integer> minimumFor(Tool tool, String agencyTypeCode) {
        Map<String, Integer> byType = minRespondents.getOrDefault(tool, Map.of());
        Integer n = agencyTypeCode == null ? null : byType.get(agencyTypeCode);
        return Optional.ofNullable(n != null ? n : byType.get("default"));
    }

    /**
     * How answers are compared with the labels: Thai digits to Arabic, every space dropped (forms and
     * typists put stray ones inside Thai words: "มาก ที่สุด"), Latin letters lower-cased, a trailing
     * ".0" of a spreadsheet number dropped.
     */
    public static String normalise(String answer) {
        String s = ThaiNumbers.squeeze(ThaiNumbers.arabicDigits(answer)).toLowerCase(Locale.ROOT);
        return WHOLE_NUMBER.matcher(s).matches() ? s.substring(0, s.indexOf('.')) : s;
    }

    private static int step(int s) {
        if (s < 1 || s > 4) {
            throw new IllegalArgumentException("a 4-step answer must map to 1–4, not " + s);
        }
        return s;
    }

    private static boolean yes(String v) {
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("a yes/no answer must map to yes or no, not " + v);
        };
    }
}
