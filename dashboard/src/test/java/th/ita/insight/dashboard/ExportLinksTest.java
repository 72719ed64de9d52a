package th.ita.insight.dashboard;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page offers the exports of what it shows, and every link it offers downloads. */
class ExportLinksTest {
    private static final Pattern LINK = Pattern.compile("<a id=\"export-[^\"]+\" href=\"([^\"]+)\" download>");

    @Test
    void the_agencies_weak_points_and_group_pages_link_to_working_exports() throws Exception {
        try (ExportClient client = new ExportClient(SampleDatabase.require())) {
            String nathon = (String) client.one("SELECT agency_id FROM agency WHERE name_th LIKE ?", "%นาทอน%");
            List<String> links = new ArrayList<>();
            for (String page : List.of("/?lang=en", "/agency/" + nathon + "/weak-points?year=2566",
                    "/group/province/" + ExportClient.enc("สตูล") + "?year=2566")) {
                HttpResponse<byte[]> r = client.get(page);
                assertEquals(200, r.statusCode(), page);
                Matcher m = LINK.matcher(new String(r.body(), StandardCharsets.UTF_8));
                int before = links.size();
                while (m.find()) {
                    links.add(m.group(1).replace("&amp;", "&"));
                }
                assertTrue(links.size() > before, "exports offered on " + page);
            }
            assertTrue(links.contains("/agency/" + nathon + "/o42.pdf?year=2566&lang=th"), links.toString());
            assertTrue(links.contains("/agencies.csv?lang=en"), links.toString());
            for (String link : links) {
                assertEquals(200, client.get(link).statusCode(), link);
            }
        }
    }
}
