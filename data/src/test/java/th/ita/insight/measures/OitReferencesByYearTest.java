package th.ita.insight.measures;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A measure only ever cites OIT codes that exist in the year at hand, with a title of the topic it is cited
 * for. Judged against two hand-reviewed tables in test resources (golden/), never against the catalog files
 * they check: a keyword per topic, and the codes of every measure in one year of each OIT list.
 */
class OitReferencesByYearTest {
    private final MeasureCatalog measures = MeasureCatalog.bundled();
    private final Catalogs catalogs = Catalogs.bundled();

    record Keyword(Pattern mustMatch, Pattern mustNotMatch) {
        boolean fits(String title) {
            return mustMatch.matcher(title).find() && (mustNotMatch == null || !mustNotMatch.matcher(title).find());
        }
    }

    @Test
    void the_keyword_check_tells_topics_apart() {
        Map<String, Keyword> keywords = keywords();
        // Planted cases: "o27" of FY2565 is an HR item and of FY2566 a complaints item; the check must see it.
        String fy2565o27 = catalogs.forYear(2565).orElseThrow().item("o27").orElseThrow().textTh();
        String fy2566o27 = catalogs.forYear(2566).orElseThrow().item("o27").orElseThrow().textTh();
        assertFalse(keywords.get("complaint-guideline").fits(fy2565o27), fy2565o27);
        assertTrue(keywords.get("complaint-guideline").fits(fy2566o27), fy2566o27);
        assertTrue(keywords.get("hr-policy").fits(fy2565o27), fy2565o27);
    }

    @Test
    void every_measure_in_every_catalog_year_cites_only_that_years_items_of_its_topics() {
        Map<String, Keyword> keywords = keywords();
        assertEquals(new TreeSet<>(measures.oitTopics().stream().map(Measure.OitTopic::id).toList()),
                new TreeSet<>(keywords.keySet()), "every topic has a hand-reviewed keyword");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (YearCatalog year : catalogs.all()) {
            for (Measure m : measures.measures()) {
                for (String code : measures.oitRefsIn(m, year)) {
                    CatalogItem item = year.item(code).orElse(null);
                    if (item == null || item.tool() != Tool.OIT) {
                        wrong.add(m.id() + " FY" + year.fiscalYear() + " cites " + code + ", which that year lacks");
                        continue;
                    }
                    checked++;
                    for (String topic : m.oitTopics()) {
                        if (item.topics().contains(topic) && !keywords.get(topic).fits(item.textTh())) {
                            wrong.add(m.id() + " FY" + year.fiscalYear() + " " + code + " \"" + item.textTh()
                                    + "\" is not about " + topic);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked > 400, "references checked: " + checked);
    }

    @Test
    void every_topic_tag_in_every_catalog_year_is_a_known_topic_with_a_fitting_title() {
        Map<String, Keyword> keywords = keywords();
        List<String> wrong = new ArrayList<>();
        for (YearCatalog year : catalogs.all()) {
            for (CatalogItem item : year.items()) {
                for (String topic : item.topics()) {
                    Keyword k = keywords.get(topic);
                    if (k == null || !k.fits(item.textTh())) {
                        wrong.add("FY" + year.fiscalYear() + " " + item.code() + " \"" + item.textTh() + "\" tagged " + topic);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void the_codes_match_the_golden_table_in_one_year_of_each_oit_list() throws IOException {
        List<String> lines = lines("golden/measure-oit-codes.csv");
        List<Integer> years = Arrays.stream(lines.get(0).split(";", -1)).skip(1).map(Integer::parseInt).toList();
        List<String> wrong = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            Measure m = measures.measure(cells[0]).orElseThrow();
            for (int i = 0; i < years.size(); i++) {
                Set<String> expected = new LinkedHashSet<>(cells[i + 1].isBlank() ? List.of() : List.of(cells[i + 1].split(" ")));
                Set<String> actual = new LinkedHashSet<>(measures.oitRefsIn(m, catalogs.forYear(years.get(i)).orElseThrow()));
                if (!expected.equals(actual)) {
                    wrong.add(m.id() + " FY" + years.get(i) + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertEquals(measures.measures().size(), lines.size() - 1, "the golden table lists every measure");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void a_year_without_an_item_for_a_topic_cites_nothing_rather_than_another_years_code() {
        Measure survey = measures.measure("M03").orElseThrow();
        assertEquals(List.of("o17"), measures.oitRefsIn(survey, catalogs.forYear(2566).orElseThrow()));
        assertEquals(List.of(), measures.oitRefsIn(survey, catalogs.forYear(2568).orElseThrow()));
    }

    private static Map<String, Keyword> keywords() {
        Map<String, Keyword> out = new HashMap<>();
        List<String> lines = lines("golden/oit-topic-keywords.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            out.put(cells[0], new Keyword(Pattern.compile(cells[1], Pattern.CASE_INSENSITIVE),
                    cells[2].isBlank() ? null : Pattern.compile(cells[2], Pattern.CASE_INSENSITIVE)));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = OitReferencesByYearTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
