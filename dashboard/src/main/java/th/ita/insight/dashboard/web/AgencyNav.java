package th.ita.insight.dashboard.web;

import th.ita.insight.text.Language;

import static th.ita.insight.dashboard.web.Html.escape;

/** The tabs of one agency's pages; each link carries the year and language so a tab never resets the view. */
public final class AgencyNav {
    public enum Tab {
        OVERVIEW("", "ภาพรวม", "Overview"),
        INDICATORS("/indicators", "ตัวชี้วัด", "Indicators"),
        QUESTIONS("/questions", "รายข้อ", "Questions"),
        WEAK_POINTS("/weak-points", "จุดอ่อนและมาตรการ", "Weak points"),
        WHAT_IF("/what-if", "ลองตั้งเป้าหมาย", "What-if"),
        SELF_ASSESSMENT("/self-assessment", "ประเมินตนเอง", "Self-assessment"),
        PLAN("/plan", "แผนปีถัดไป", "Plan");

        private final String path;
        private final String th;
        private final String en;

        Tab(String path, String th, String en) {
            this.path = path;
            this.th = th;
            this.en = en;
        }
    }

    private AgencyNav() {
    }

    public static void render(StringBuilder h, String agencyId, String name, int year, Language lang, Tab current) {
        h.append("<p class=\"agency-title\"><strong id=\"agency-name\">").append(escape(name)).append("</strong></p>")
                .append("<nav class=\"tabs\" aria-label=\"").append(lang.pick("หน้าของหน่วยงาน", "Agency pages")).append("\">");
        for (Tab t : Tab.values()) {
            String label = escape(lang.pick(t.th, t.en));
            if (t == current) {
                h.append("<strong aria-current=\"page\">").append(label).append("</strong>");
            } else {
                h.append("<a href=\"/agency/").append(escape(Layout.enc(agencyId))).append(t.path).append("?year=").append(year)
                        .append("&amp;lang=").append(Layout.code(lang)).append("\">").append(label).append("</a>");
            }
        }
        h.append("</nav>");
    }
}
