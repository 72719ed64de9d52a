package th.ita.insight.measures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.ItemLineage;
import th.ita.insight.catalog.YearCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measures catalog: which measures address which questions, citing which OIT topics. Question codes in
 * the file are those of one catalog year (FY2566); other years reach them through the catalogs'
 * comparability. OIT items are cited by topic: each year's catalog says which of its items belong to which
 * topic, so a measure only ever cites codes that exist in the year at hand.
 */
public final class MeasureCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile MeasureCatalog bundled;

    private final int codesOf;
    private final List<Measure.Theme> themes;
    private final List<Measure> measures;
    private final List<Measure.OitTopic> oitTopics;
    private volatile Map.Entry<Catalogs, ItemLineage> lineage;

    private MeasureCatalog(int codesOf, List<Measure.Theme> themes, List<Measure> measures, List<Measure.OitTopic> oitTopics) {
        this.codesOf = codesOf;
        this.themes = List.copyOf(themes);
        this.measures = List.copyOf(measures);
        this.oitTopics = List.copyOf(oitTopics);
    }

    public static MeasureCatalog bundled() {
        MeasureCatalog result = bundled;
        if (result == null) {
            synchronized (MeasureCatalog.class) {
                if (bundled == null) {
                    bundled = load("measures/measures.json");
                }
                result = bundled;
            }
        }
        return result;
    }

    static MeasureCatalog load(String resource) {
        try (InputStream in = MeasureCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            JsonNode root = JSON.readTree(in);
            Map<String, Measure.Theme> themes = new LinkedHashMap<>();
            for (JsonNode t : root.get("themes")) {
                themes.put(t.get("id").asText(), new Measure.Theme(t.get("id").asText(), t.get("number").asInt(),
                        t.get("title_th").asText(), t.get("title_en").asText()));
            }
            Map<String, Measure.OitTopic> topics = new LinkedHashMap<>();
            for (JsonNode t : root.get("oit_topics")) {
                topics.put(t.get("id").asText(), new Measure.OitTopic(t.get("id").asText(), t.get("title_th").asText(),
                        t.get("title_en").asText()));
            }
            List<Measure> measures = new ArrayList<>();
            for (JsonNode m : root.get("measures")) {
                Measure.Theme theme = themes.get(m.get("theme").asText());
                if (theme == null) {
                    throw new IllegalStateException(resource + ": measure " + m.get("id") + " names unknown theme " + m.get("theme"));
                }
                List<String> cited = strings(m.get("oit_topics"));
                for (String topic : cited) {
                    if (!topics.containsKey(topic)) {
                        throw new IllegalStateException(resource + ": measure " + m.get("id") + " names unknown OIT topic " + topic);
                    }
                }
                measures.add(new Measure(m.get("id").asText(), theme, m.get("title_th").asText(), m.get("title_en").asText(),
                        m.get("how_th").asText(), m.get("how_en").asText(), strings(m.get("questions")),
                        ints(m.get("indicators")), cited, m.path("responsible_th").asText(""), m.path("responsible_en").asText("")));
            }
            return new MeasureCatalog(root.get("question_codes_of").asInt(), List.copyOf(themes.values()), measures,
                    List.copyOf(topics.values()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    public List<Measure> measures() {
        return measures;
    }

    public List<Measure.Theme> themes() {
        return themes;
    }

    /** Every OIT topic a measure or a year's catalog may name. */
    public List<Measure.OitTopic> oitTopics() {
        return oitTopics;
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The measure's question codes as they are numbered in {@code year}: the same codes from the
     * catalog year on, earlier years through {@code comparable_to} (FY2566 i10 was FY2565 i9).
     */
    public List<String> questionsIn(Measure measure, YearCatalog year, Catalogs catalogs) {
        List<String> out = new ArrayList<>();
        for (String code : measure.questions()) {
            translate(code, year.fiscalYear(), catalogs).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The OIT items of {@code year} that the measure cites: the year's items under each of the measure's
     * topics, topic by topic in the measure's order, each code once. Empty where the year has no such item
     * (FY2568 has no satisfaction survey item): then the measure cites nothing rather than another year's code.
     */
    public List<String> oitRefsIn(Measure measure, YearCatalog year) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        for (String topic : measure.oitTopics()) {
            for (CatalogItem item : year.items()) {
                if (item.tool() == th.ita.insight.catalog.Tool.OIT && item.topics().contains(topic)) {
                    codes.add(item.code());
                }
            }
        }
        return List.copyOf(codes);
    }

    private Optional<String> translate(String code, int year, Catalogs catalogs) {
        return lineage(catalogs).item(codesOf, code).flatMap(item -> item.codeIn(year));
    }

    /** The one lineage of items through comparable_to (ItemLineage), built once per set of catalogs. */
    private ItemLineage lineage(Catalogs catalogs) {
        Map.Entry<Catalogs, ItemLineage> cached = lineage;
        if (cached == null || cached.getKey() != catalogs) {
            cached = Map.entry(catalogs, ItemLineage.of(catalogs));
            lineage = cached;
        }
        return cached.getValue();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<Integer> ints(JsonNode node) {
        List<Integer> out = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> out.add(n.asInt()));
        }
        return out;
    }
}
