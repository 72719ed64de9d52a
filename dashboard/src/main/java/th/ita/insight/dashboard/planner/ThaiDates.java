package th.ita.insight.dashboard.planner;

import th.ita.insight.text.Language;

import java.time.LocalDate;

/** Dates as Thai documents write them: day, abbreviated month, Buddhist Era year (1 ต.ค. 2567), in both languages. */
public final class ThaiDates {
    private static final String[] TH = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private ThaiDates() {
    }

    public static String date(LocalDate d, Language lang) {
        if (d == null) {
            return "";
        }
        String month = (lang == Language.TH ? TH : EN)[d.getMonthValue() - 1];
        return d.getDayOfMonth() + " " + month + " " + (d.getYear() + 543);
    }

    /** "1 ต.ค. 2567 – 30 ก.ย. 2568"; an open end reads "ตั้งแต่ …" / "from …". */
    public static String period(LocalDate start, LocalDate end, Language lang) {
        if (start == null && end == null) {
            return lang.pick("ยังไม่กำหนด", "not set");
        }
        if (end == null) {
            return lang.pick("ตั้งแต่ ", "from ") + date(start, lang);
        }
        if (start == null) {
            return lang.pick("ภายใน ", "by ") + date(end, lang);
        }
        return date(start, lang) + " – " + date(end, lang);
    }

    /** A fiscal year (BE) runs 1 October of the year before to 30 September. */
    public static LocalDate fiscalYearStart(int fiscalYearBe) {
        return LocalDate.of(fiscalYearBe - 543 - 1, 10, 1);
    }

    public static LocalDate fiscalYearEnd(int fiscalYearBe) {
        return LocalDate.of(fiscalYearBe - 543, 9, 30);
    }
}
